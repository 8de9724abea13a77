package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.speelveld.method.AssessmentInput.Issue;
import nl.speelveld.method.AssessmentOutcome.Question;

/**
 * The reflection questions of DOMAIN.md §3.6, fired exactly on their triggers ("≥ MED" is MEDIUM or HIGH; a
 * NOT_COMPUTED band never fires) and in the order of that table; Q-RECORD always. Placeholders are filled per
 * language:
 * <ul>
 *   <li>Q-SILENT {group}: the silent legitimate groups with urgency (the ones that make FI-4 HIGH).</li>
 *   <li>Q-REP: the FI-5 headline profile's scope, its reference's name, the dimension, D (two decimals) and the
 *       under-represented categories ("geen"/"none" when there are none).</li>
 *   <li>Q-CONFLICT: the first conflicting in-scope pair (issue order, then group order).</li>
 *   <li>Q-BROADEN: the out-of-scope issues, N_raised and CD_all (two decimals; "onbekend"/"unknown" without pairs).</li>
 *   <li>Q-SPREAD: A is the RO-2 holder with the highest role, B the one with the lowest; a holder is named by its
 *       group, else by its source.</li>
 *   <li>Q-OWNER: n and k are the RO-3 decisions in the window and those taken by GOVERNMENT alone.</li>
 *   <li>Q-DRIFT {issue}: the issues where S5 found the core and its constituency apart; else the in-scope issues.</li>
 *   <li>Q-WEIGH {x}: round(100 × W), half-up.</li>
 * </ul>
 */
final class ReflectionQuestions {

    private final Snapshot s;
    private final List<Question> out = new ArrayList<>();

    private ReflectionQuestions(Snapshot s) {
        this.s = s;
    }

    static List<Question> of(Snapshot s, Band inclusivity, Band feasibility, FI3VoiceCoverage.Result fi3,
                             FI4SilentClaims.Result fi4, FI5RepresentativenessGap.Result fi5,
                             FI6ConflictDensity.Result fi6, FI8BroadeningPreview.Result fi8, RO1RoleGap.Result ro1,
                             RO2ExpectationSpread.Result ro2, RO3Autonomy.Result ro3, RO4ConstituencyDrift.Result ro4,
                             RO5PartialInterestWeighing.Result ro5, List<String> flags) {
        ReflectionQuestions q = new ReflectionQuestions(s);
        if (fi3.band().atLeastMedium()) {
            q.add("Q-VOICE", List.of("FI-3"), l -> Map.of());
        }
        if (fi4.band() == Band.HIGH) {
            q.add("Q-SILENT", List.of("FI-4"), l -> Map.of(l.equals("nl") ? "groep" : "group",
                    Texts.list(fi4.urgent().stream().map(g -> s.groupName(g.id())).toList(), l)));
        }
        if (fi5.band().atLeastMedium() && fi5.headline() != null) {
            RepresentationGaps.Gap h = fi5.headline();
            q.add("Q-REP", List.of("FI-5"), l -> {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("scope", Texts.name(h.profile().scope(), l));
                m.put(l.equals("nl") ? "referentie" : "reference", String.valueOf(h.reference().name()));
                m.put(l.equals("nl") ? "dimensie" : "dimension", Texts.name(h.dimension(), l));
                m.put("x", Numbers.twoDecimals(h.d(), l));
                m.put(l.equals("nl") ? "categorieën" : "categories", Texts.list(h.underRepresented(), l));
                return m;
            });
        }
        if (fi6.band().atLeastMedium() && !fi6.count().conflictingPairs().isEmpty()) {
            ConflictPairs.Pair p = fi6.count().conflictingPairs().get(0);
            q.add("Q-CONFLICT", List.of("FI-6"), l -> Map.of(
                    l.equals("nl") ? "kwestie" : "issue", s.issueText(p.issueId(), l),
                    "A", s.groupName(p.groupA()),
                    "B", s.groupName(p.groupB())));
        }
        if (fi8.band().atLeastMedium() && inclusivity.atLeastMedium()) {
            Exact cd = fi8.count().density();
            q.add("Q-BROADEN", List.of("FI-8", "INCLUSIVITY"), l -> Map.of(
                    l.equals("nl") ? "kwesties" : "issues",
                    Texts.list(fi8.outOfScope().stream().map(i -> s.issueText(i.id(), l)).toList(), l),
                    "N", String.valueOf(fi8.raised()),
                    "x", cd == null ? (l.equals("nl") ? "onbekend" : "unknown") : Numbers.twoDecimals(cd, l)));
        }
        if (feasibility == Band.LOW && inclusivity == Band.HIGH) {
            q.add("Q-FOCUS", List.of("FEASIBILITY", "INCLUSIVITY"), l -> Map.of());
        }
        if (ro1.band().atLeastMedium() && ro1.gap() != null && ro1.gap() > 0) {
            q.add("Q-GAP-PLUS", List.of("RO-1"), l -> Map.of(
                    l.equals("nl") ? "rol" : "role", Texts.name(ro1.taken().role(), l),
                    l.equals("nl") ? "gewenst" : "wanted", Texts.name(ro1.wanted().role(), l)));
        }
        if (ro1.gap() != null && ro1.gap() < 0) {
            q.add("Q-GAP-MIN", List.of("RO-1"), l -> Map.of());
        }
        if (ro2.band().atLeastMedium() && ro2.highest() != null) {
            q.add("Q-SPREAD", List.of("RO-2"), l -> Map.of(
                    l.equals("nl") ? "bron A" : "source A", RoleObservations.holderName(s, ro2.highest(), l),
                    l.equals("nl") ? "rol A" : "role A", Texts.name(ro2.highest().role(), l),
                    l.equals("nl") ? "bron B" : "source B", RoleObservations.holderName(s, ro2.lowest(), l),
                    l.equals("nl") ? "rol B" : "role B", Texts.name(ro2.lowest().role(), l)));
        }
        if (flags.contains("STILL_CITIZEN_INITIATIVE")) {
            q.add("Q-OWNER", List.of("STILL_CITIZEN_INITIATIVE"), l -> Map.of(
                    "n", String.valueOf(ro3.decisions()), "k", String.valueOf(ro3.byGovernment())));
        }
        if (ro4.band().atLeastMedium()) {
            List<String> ids = !ro4.misalignedIssueIds().isEmpty() ? ro4.misalignedIssueIds()
                    : s.issues.values().stream().filter(Issue::inScope).map(Issue::id).toList();
            q.add("Q-DRIFT", List.of("RO-4"), l -> Map.of(l.equals("nl") ? "kwestie" : "issue", ids.isEmpty()
                    ? (l.equals("nl") ? "de afbakening" : "the scope")
                    : Texts.list(ids.stream().map(id -> s.issueText(id, l)).toList(), l)));
        }
        if (ro5.band().atLeastMedium() && ro5.weighed() != null) {
            q.add("Q-WEIGH", List.of("RO-5"), l -> Map.of("x", String.valueOf(ro5.weighed().percent())));
        }
        q.add("Q-RECORD", List.of(), l -> Map.of());
        return List.copyOf(q.out);
    }

    private void add(String code, List<String> triggeredBy, Function<String, Map<String, String>> values) {
        String[] t = TEMPLATES.get(code);
        Map<String, String> text = Texts.of(capitalize(Texts.fill(t[0], values.apply("nl"))),
                capitalize(Texts.fill(t[1], values.apply("en"))));
        out.add(new Question(code, triggeredBy, text));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The texts of docs/method.md, verbatim. */
    static final Map<String, String[]> TEMPLATES = new LinkedHashMap<>();

    static {
        TEMPLATES.put("Q-VOICE", new String[] {
            "Welke groepen die de gevolgen van dit initiatief ondervinden, hebben nu geen eigen stem? Wat weet u van hun belangen, en hoe weet u dat?",
            "Which affected groups currently have no voice of their own? What do you know about their interests, and how do you know it?"});
        TEMPLATES.put("Q-SILENT", new String[] {
            "{groep} is afhankelijk van anderen om gehoord te worden. Wie kan met mandaat namens hen spreken (bv. huurdersvereniging, cliëntenraad), en is dat gevraagd?",
            "{group} depends on others to be heard. Who could speak for them with a mandate (e.g. tenants' association, client council), and has anyone asked?"});
        TEMPLATES.put("Q-REP", new String[] {
            "De {scope} wijkt af van {referentie} op {dimensie} (D = {x}); ondervertegenwoordigd: {categorieën}. Is dat erg gezien het doel van dit initiatief? Wie betaalt de prijs als dat zo blijft?",
            "The {scope} differs from {reference} on {dimension} (D = {x}); under-represented: {categories}. Does that matter for this initiative's purpose? Who pays the price if it stays that way?"});
        TEMPLATES.put("Q-CONFLICT", new String[] {
            "Over {kwestie} staan {A} en {B} tegenover elkaar. Hoort dit conflict binnen de afbakening, en wie beslist daarover: de initiatiefnemers, u of het bestuur?",
            "On {issue}, {A} and {B} oppose each other. Does this conflict belong inside the scope, and who decides that: the initiators, you, or the executive?"});
        TEMPLATES.put("Q-BROADEN", new String[] {
            "Verbreden naar {kwesties} brengt het aantal kwesties op {N} en de conflictdichtheid op {x}. Kan het gefaseerd, of kunnen deze belangen elders worden belegd (bv. wijkaanpak, ander beleid)?",
            "Broadening to {issues} raises the issue count to {N} and conflict density to {x}. Can it be phased, or can these interests be addressed elsewhere (e.g. neighbourhood programme, other policy)?"});
        TEMPLATES.put("Q-FOCUS", new String[] {
            "Wat gaat er verloren als u de focus houdt, en wie draagt dat verlies?",
            "What is lost if you keep the focus, and who bears that loss?"});
        TEMPLATES.put("Q-GAP-PLUS", new String[] {
            "U neemt een meer sturende rol ({rol}) dan de initiatiefnemers wensen ({gewenst}). Welk publiek belang rechtvaardigt dat, en kan het lichter (kaders vooraf in plaats van toezicht tijdens)?",
            "You take a more steering role ({role}) than the initiators want ({wanted}). Which public interest justifies this, and could it be lighter (frameworks up front instead of supervision during)?"});
        TEMPLATES.put("Q-GAP-MIN", new String[] {
            "U houdt meer afstand dan de initiatiefnemers vragen. Welke steun is nodig zodat loslaten niet als \"dumpen\" wordt ervaren?",
            "You keep more distance than the initiators ask for. What support is needed so that letting go is not experienced as dumping?"});
        TEMPLATES.put("Q-SPREAD", new String[] {
            "{bron A} verwacht {rol A}, {bron B} wil {rol B}. Is deze spanning besproken met wethouder of raad, en welk mandaat heeft u?",
            "{source A} expects {role A}, {source B} wants {role B}. Has this tension been discussed with the alderman or council, and what mandate do you have?"});
        TEMPLATES.put("Q-OWNER", new String[] {
            "Van de laatste {n} besluiten nam de gemeente er {k} alleen. Is dit nog een burgerinitiatief? Wat willen de initiatiefnemers zelf beslissen?",
            "Of the last {n} decisions, the municipality took {k} alone. Is this still a citizens' initiative? What do the initiators want to decide themselves?"});
        TEMPLATES.put("Q-DRIFT", new String[] {
            "Wanneer hebben de actieve burgers hun achterban voor het laatst gesproken? Komt hun standpunt over {kwestie} nog overeen met dat van de achterban?",
            "When did the active citizens last consult their constituency? Does their position on {issue} still match that of their constituency?"});
        TEMPLATES.put("Q-WEIGH", new String[] {
            "{x}% van de belangen van niet-deelnemers heeft een antwoord. Wie weegt de overige deelbelangen: de initiatiefnemers, u of de raad?",
            "{x}% of non-participants' interests have a response. Who weighs the remaining partial interests: the initiators, you, or the council?"});
        TEMPLATES.put("Q-RECORD", new String[] {
            "Welke afweging maakt u nu, en waarom? Welk risico accepteert u bewust?",
            "What trade-off are you making now, and why? Which risk do you knowingly accept?"});
    }
}
