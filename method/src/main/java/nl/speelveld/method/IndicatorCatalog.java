package nl.speelveld.method;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;
import nl.speelveld.method.AssessmentOutcome.Warning;

/** The fixed parts of each indicator (axis, label, literature) and the builders for indicators and warnings. */
final class IndicatorCatalog {

    static final String FI = "FEASIBILITY_INCLUSIVITY";
    static final String RO = "ROLE";

    private record Entry(String axis, String nl, String en, List<String> sources) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private static final String ARTICLE = "van Eijk & Cuppen 2022, Bestuurskunde 31(3):3-15, doi:10.5553/Bk/092733872022031003001";
    private static final String PROCESS = "De Bruijn, ten Heuvelhof & in 't Veld 2010, Process Management (2nd ed.)";

    static {
        ENTRIES.put("FI-1", new Entry(FI, "Afbakeningsdekking", "Scope coverage", List.of(ARTICLE)));
        ENTRIES.put("FI-2", new Entry(FI, "Aantal kwesties", "Issue load", List.of(ARTICLE, PROCESS)));
        ENTRIES.put("FI-3", new Entry(FI, "Stemdekking", "Voice coverage",
                List.of(ARTICLE, "Freeman 1984, Strategic Management: A Stakeholder Approach, p. 46")));
        ENTRIES.put("FI-4", new Entry(FI, "Stille legitieme belangen", "Silent legitimate claims",
                List.of("Mitchell, Agle & Wood 1997, Academy of Management Review 22(4):853-886")));
        ENTRIES.put("FI-5", new Entry(FI, "Representativiteitskloof", "Representativeness gap",
                List.of("Dissimilarity index D = ½Σ|p−q| (N.J. Cox, Stata dissim)",
                        "SCP, Burgerparticipatie in Nederland, table 3.1",
                        "Sortition Foundation, sortition-algorithms docs/concepts.md")));
        ENTRIES.put("FI-6", new Entry(FI, "Conflictdichtheid (binnen de afbakening)", "Conflict density (in scope)",
                List.of("Bryson 2004, Public Management Review 6(1):21-53", ARTICLE)));
        ENTRIES.put("FI-7", new Entry(FI, "Partijen aan tafel", "Parties at the table", List.of(PROCESS)));
        ENTRIES.put("FI-8", new Entry(FI, "Verbredingseffect", "Broadening preview", List.of(PROCESS, ARTICLE)));
        ENTRIES.put("RO-1", new Entry(RO, "Rolkloof", "Role gap",
                List.of(ARTICLE, "Pröpper, De aanpak van interactief beleid (overheidsparticipatietrap)")));
        ENTRIES.put("RO-2", new Entry(RO, "Verwachtingsspreiding", "Expectation spread", List.of(ARTICLE)));
        ENTRIES.put("RO-3", new Entry(RO, "Autonomie", "Autonomy",
                List.of("Bovaird 2007, Public Administration Review 67(5):846-860",
                        "Arnstein 1969, A Ladder of Citizen Participation")));
        ENTRIES.put("RO-4", new Entry(RO, "Achterban-drift", "Constituency drift",
                List.of(ARTICLE, "Bang 2004, Everyday makers and expert citizens",
                        "Zorgcoöperatie Hoogeloon (Pon-Telos magazine 6, 2020)")));
        ENTRIES.put("RO-5", new Entry(RO, "Weging deelbelangen", "Weighing of partial interests",
                List.of("Collectieve Kracht, Balanceren in een complex speelveld van belangen (2022)",
                        "Omgevingsbesluit art. 10.2(2) (motiveringsplicht)")));
    }

    private IndicatorCatalog() {
    }

    static String axis(String code) {
        return ENTRIES.get(code).axis();
    }

    static Map<String, String> label(String code) {
        Entry e = ENTRIES.get(code);
        return Texts.of(e.nl(), e.en());
    }

    static Indicator build(String code, Number value, Band band, String formula, List<Input> inputs,
                           Map<String, String> explanation, Map<String, Object> details) {
        Entry e = ENTRIES.get(code);
        return new Indicator(code, e.axis(), Texts.of(e.nl(), e.en()), value, band, formula, inputs, inputs.size(),
                null, explanation, e.sources(), details);
    }

    static Warning warning(String code, String nl, String en) {
        return new Warning(code, Texts.of(nl, en));
    }

    /** The warning for an indicator that could not be computed: code NOT_COMPUTED, the reason in the message. */
    static Warning notComputed(String indicatorCode, String nlReason, String enReason) {
        return warning("NOT_COMPUTED", indicatorCode + " is niet berekend: " + nlReason,
                indicatorCode + " was not computed: " + enReason);
    }

    /** The band sentence appended to each explanation. */
    static Map<String, String> explain(Band band, String nl, String en) {
        String bnl;
        String ben;
        switch (band) {
            case LOW:
                bnl = " Band LAAG.";
                ben = " Band LOW.";
                break;
            case MEDIUM:
                bnl = " Band MIDDEN.";
                ben = " Band MEDIUM.";
                break;
            case HIGH:
                bnl = " Band HOOG.";
                ben = " Band HIGH.";
                break;
            case INFO:
                bnl = " Ter informatie; bepaalt mede de positie.";
                ben = " For information; feeds the position.";
                break;
            default:
                bnl = " Niet berekend: de gegevens ontbreken, dit telt niet mee in het risico.";
                ben = " Not computed: the data are missing, so it does not count in the risk.";
        }
        return Texts.of(nl + bnl, en + ben);
    }
}
