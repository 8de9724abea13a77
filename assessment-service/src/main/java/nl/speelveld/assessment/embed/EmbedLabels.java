package nl.speelveld.assessment.embed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The fixed words of the embed page in Dutch and English; a code without a word is shown as the code. */
final class EmbedLabels {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            w("pageTitle", "Afweging van twee dilemma's", "Assessment of two dilemmas"),
            w("initiative", "Initiatief", "Initiative"),
            w("asOf", "Peildatum", "As of"),
            w("computedOn", "Berekend op", "Computed on"),
            w("method", "Methode", "Method"),
            w("thresholdSet", "Drempelset", "Threshold set"),
            w("municipality", "Gemeente", "Municipality"),
            w("superseded", "Er is een nieuwere afweging van dit initiatief (peildatum %s). Deze pagina toont de"
                    + " afweging met peildatum %s, zoals die toen is gemaakt.",
                    "A newer assessment of this initiative exists (as of %s). This page shows the assessment as of"
                            + " %s, as it was made then."),
            w("chart", "Grafiek", "Chart"),
            w("chartCaption", "De twee dilemma's in één beeld. Alles wat de grafiek toont, staat hieronder ook in"
                    + " tekst en tabellen.", "Both dilemmas at a glance. Everything the chart shows is also given"
                    + " below in text and tables."),
            w("axes", "De twee dilemma's", "The two dilemmas"),
            w("position", "Positie", "Position"),
            w("positionOf", "%s van 100 (%s)", "%s of 100 (%s)"),
            w("notComputed", "niet berekend", "not computed"),
            w("positionNotComputed", "niet berekend (gegevens ontbreken)", "not computed (data missing)"),
            w("scale1", "0 = gefocust, uitvoerbaar; 100 = verbreed, inclusief",
                    "0 = focused, feasible; 100 = broadened, inclusive"),
            w("scale2", "0 = loslaten, 25 = faciliteren, 50 = stimuleren, 75 = regisseren, 100 = reguleren",
                    "0 = let go, 25 = facilitate, 50 = stimulate, 75 = direct, 100 = regulate"),
            w("scale", "Schaal", "Scale"),
            w("markers", "Gewenste en verwachte rollen", "Wanted and expected roles"),
            w("risks", "Risico's", "Risks"),
            w("risksOf", "Risico's: %s", "Risks: %s"),
            w("risk", "Risico", "Risk"),
            w("level", "Niveau", "Level"),
            w("drivenBy", "Bepaald door", "Driven by"),
            w("none", "geen", "none"),
            w("indicators", "Indicatoren", "Indicators"),
            w("indicatorsCaption", "De dertien indicatoren met band en waarde; uitleg en formule staan eronder.",
                    "The thirteen indicators with band and value; explanation and formula follow below."),
            w("code", "Code", "Code"),
            w("indicator", "Indicator", "Indicator"),
            w("axis", "As", "Axis"),
            w("band", "Band", "Band"),
            w("value", "Waarde", "Value"),
            w("formula", "Formule", "Formula"),
            w("explanation", "Uitleg", "Explanation"),
            w("flags", "Signalen", "Flags"),
            w("noFlags", "Geen signalen.", "No flags."),
            w("warnings", "Waarschuwingen over de gegevens", "Data-quality warnings"),
            w("noWarnings", "Geen waarschuwingen.", "No warnings."),
            w("questions", "Reflectievragen", "Reflection questions"),
            w("triggeredBy", "Naar aanleiding van", "Triggered by"),
            w("optionsWeighed", "Afgewogen opties", "Options weighed"),
            w("always", "altijd gesteld", "always asked"),
            w("disclaimer", "Let op", "Please note"),
            w("source", "Speelveld: transparante, op regels gebaseerde afweging (methode %s). Dit is een"
                    + " alleen-lezen weergave die de gemeente heeft gedeeld; de link verloopt op %s.",
                    "Speelveld: a transparent, rule-based assessment (method %s). This is a read-only view the"
                            + " municipality shared; the link expires on %s."),
            // axes
            w("FEASIBILITY_INCLUSIVITY", "Uitvoerbaarheid ↔ inclusiviteit", "Feasibility ↔ inclusivity"),
            w("ROLE", "Rol van de overheid (sturen, faciliteren, leiden)",
                    "Role of the government (steer, facilitate, lead)"),
            // position labels and roles
            w("FOCUSED", "gefocust", "focused"),
            w("INTERMEDIATE", "tussenpositie", "intermediate"),
            w("BROADENED", "verbreed", "broadened"),
            w("LET_GO", "loslaten", "let go"),
            w("FACILITATE", "faciliteren", "facilitate"),
            w("STIMULATE", "stimuleren", "stimulate"),
            w("DIRECT", "regisseren", "direct"),
            w("REGULATE", "reguleren", "regulate"),
            w("WANTED", "gewenste rol", "wanted role"),
            w("EXPECTED", "verwachte rol", "expected role"),
            w("roleTaken", "ingenomen rol", "role taken"),
            // sources of holders
            w("COPRODUCING_CITIZENS", "coproducerende burgers", "co-producing citizens"),
            w("BROADER_PUBLIC", "breder publiek", "broader public"),
            w("PUBLIC_ORGANISATION", "publieke organisatie", "public organisation"),
            w("POLITICS", "politiek", "politics"),
            w("GOVERNMENT", "gemeente", "municipality"),
            // risks
            w("INCLUSIVITY", "Inclusiviteitsrisico", "Inclusivity risk"),
            w("FEASIBILITY", "Uitvoerbaarheidsrisico", "Feasibility risk"),
            w("BROADENING_PREVIEW", "Verbredingseffect", "Broadening preview"),
            w("ROLE_TENSION", "Rolspanning", "Role tension"),
            // bands
            w("LOW", "laag", "low"),
            w("MEDIUM", "midden", "medium"),
            w("HIGH", "hoog", "high"),
            w("INFO", "informatief", "information"),
            w("NOT_COMPUTED", "niet berekend", "not computed"),
            // flags
            w("STILL_CITIZEN_INITIATIVE", "Is dit nog een burgerinitiatief? De gemeente beslist veel zelf, of"
                    + " stuurt meer dan de initiatiefnemers wensen.", "Is this still a citizens' initiative? The"
                    + " municipality takes many decisions alone, or steers more than the initiators want."),
            w("ABANDONMENT_RISK", "Risico op 'dumpen': de gemeente houdt veel meer afstand dan de initiatiefnemers"
                    + " vragen.", "Risk of abandonment: the municipality keeps far more distance than the initiators"
                    + " ask for."),
            w("FINANCIAL_DEPENDENCY", "Financiële afhankelijkheid: het initiatief draait grotendeels op geld van de"
                    + " gemeente.", "Financial dependency: the initiative runs largely on the municipality's"
                    + " money."),
            // the two small pages
            w("notFoundTitle", "Deze link werkt niet", "This link does not work"),
            w("notFoundText", "Deze link naar een afweging is onbekend of onvolledig. Vraag de gemeente om een nieuwe"
                    + " link.", "This link to an assessment is unknown or incomplete. Ask the municipality for a"
                    + " new link."),
            w("goneTitle", "Deze link is verlopen", "This link has expired"),
            w("goneText", "Deze link naar een afweging was geldig tot %s. Vraag de gemeente om een nieuwe link.",
                    "This link to an assessment was valid until %s. Ask the municipality for a new link."));

    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final boolean en;

    EmbedLabels(String language) {
        this.en = "en".equals(language);
    }

    String lang() {
        return en ? "en" : "nl";
    }

    /** The word for a key or code; the code itself when there is none. */
    String t(String key) {
        String[] v = key == null ? null : WORDS.get(key);
        return v == null ? String.valueOf(key) : v[en ? 1 : 0];
    }

    String f(String key, Object... args) {
        return String.format(en ? Locale.ENGLISH : Locale.forLanguageTag("nl"), t(key), args);
    }

    String date(LocalDate date) {
        return date == null ? "" : (en ? EN : NL).format(date);
    }

    /** The text of a localized map in this language, else Dutch, else any. */
    String text(Map<String, String> localized) {
        if (localized == null || localized.isEmpty()) {
            return "";
        }
        String v = localized.get(lang());
        if (v == null || v.isBlank()) {
            v = localized.get("nl");
        }
        return v != null ? v : localized.values().iterator().next();
    }

    private static Map.Entry<String, String[]> w(String key, String nl, String en) {
        return Map.entry(key, new String[] {nl, en});
    }
}
