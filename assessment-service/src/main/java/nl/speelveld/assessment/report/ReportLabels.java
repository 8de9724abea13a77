package nl.speelveld.assessment.report;

import java.util.HashMap;
import java.util.Map;

/**
 * Dutch and English words for the codes a participation report shows (DOMAIN.md enumerations). A code this table does
 * not know is shown as the code itself, so a code added later by another service never breaks a report.
 */
final class ReportLabels {

    private static final Map<String, String[]> LABELS = new HashMap<>();

    static {
        put("source", "COPRODUCING_CITIZENS", "Coproducerende burgers", "Co-producing citizens");
        put("source", "BROADER_PUBLIC", "Breder publiek", "Broader public");
        put("source", "PUBLIC_ORGANISATION", "Publieke organisaties", "Public organisations");
        put("source", "POLITICS", "Politiek", "Politics");
        put("voice", "ACTIVE_COPRODUCER", "actief coproducerend", "active co-producer");
        put("voice", "ACTIVELY_INVOLVED", "actief betrokken, aan tafel", "actively involved, at the table");
        put("voice", "REPRESENTED_WITH_MANDATE", "vertegenwoordigd met mandaat", "represented with a mandate");
        put("voice", "SPOKEN_FOR", "namens gesproken zonder mandaat", "spoken for without a mandate");
        put("voice", "NOT_INVOLVED", "niet betrokken", "not involved");
        put("voice", "UNKNOWN", "onbekend", "unknown");
        put("stance", "STRONGLY_OPPOSE", "sterk tegen", "strongly oppose");
        put("stance", "OPPOSE", "tegen", "oppose");
        put("stance", "NEUTRAL", "neutraal", "neutral");
        put("stance", "SUPPORT", "voor", "support");
        put("stance", "STRONGLY_SUPPORT", "sterk voor", "strongly support");
        put("stance", "UNKNOWN", "onbekend", "unknown");
        put("evidence", "MEETING", "bijeenkomst", "meeting");
        put("evidence", "SURVEY", "enquête", "survey");
        put("evidence", "WRITTEN_RESPONSE", "schriftelijke reactie", "written response");
        put("evidence", "PETITION", "petitie", "petition");
        put("evidence", "INTERVIEW", "interview", "interview");
        put("evidence", "OBSERVATION", "observatie", "observation");
        put("evidence", "ASSUMED", "aangenomen door de gemeente (niet gehoord)",
                "assumed by the municipality (not heard)");
        put("status", "OPEN", "nog geen antwoord", "no response yet");
        put("status", "ADOPTED", "overgenomen", "adopted");
        put("status", "PARTLY_ADOPTED", "deels overgenomen", "partly adopted");
        put("status", "NOT_ADOPTED", "niet overgenomen", "not adopted");
        put("status", "OUT_OF_SCOPE", "buiten de afbakening", "out of scope");
        put("status", "REFERRED", "doorverwezen naar ander beleid", "referred to other policy");
        put("kind", "WISH", "wens", "wish");
        put("kind", "PREFERENCE", "voorkeur", "preference");
        put("kind", "INTEREST", "belang", "interest");
        put("kind", "IDEA", "idee", "idea");
        put("kind", "MOTIVATION", "motivatie", "motivation");
        put("observation", "TAKEN", "ingenomen door de gemeente", "taken by the municipality");
        put("observation", "PERCEIVED", "ervaren", "perceived");
        put("observation", "WANTED", "gewenst", "wanted");
        put("observation", "EXPECTED", "verwacht", "expected");
        put("role", "LET_GO", "loslaten", "let go");
        put("role", "FACILITATE", "faciliteren", "facilitate");
        put("role", "STIMULATE", "stimuleren", "stimulate");
        put("role", "DIRECT", "regisseren", "direct");
        put("role", "REGULATE", "reguleren", "regulate");
        put("decidedBy", "CITIZENS", "burgers", "citizens");
        put("decidedBy", "JOINT", "gezamenlijk", "jointly");
        put("decidedBy", "GOVERNMENT", "gemeente", "municipality");
        put("decidedBy", "OTHER_ORGANISATION", "andere organisatie", "another organisation");
        put("framedBy", "CITIZENS", "door burgers", "by citizens");
        put("framedBy", "GOVERNMENT", "door de overheid", "by government");
        put("framedBy", "JOINT", "samen", "jointly");
        put("method", "GENERAL_MEETING", "ledenvergadering", "general meeting");
        put("method", "SURVEY", "enquête", "survey");
        put("method", "DOOR_TO_DOOR", "deur-aan-deur", "door to door");
        put("method", "OPEN_MEETING", "open bijeenkomst", "open meeting");
        put("method", "ONLINE", "online", "online");
        put("method", "OTHER", "anders", "other");
        put("basis", "ELECTED_MANDATE", "gekozen mandaat", "elected mandate");
        put("basis", "MEMBERSHIP", "ledenmandaat", "membership");
        put("basis", "APPOINTED", "benoemd", "appointed");
        put("basis", "SELF_APPOINTED", "zelfbenoemd", "self-appointed");
        put("basis", "ASSUMED", "door de gemeente verondersteld", "assumed by the municipality");
        put("scopeType", "SINGLE_ISSUE", "één kwestie", "single issue");
        put("scopeType", "LIMITED", "beperkt (2-3 kwesties)", "limited (2-3 issues)");
        put("scopeType", "MULTI_ISSUE", "meerdere kwesties (4 of meer)", "multi-issue (4 or more)");
        put("type", "CITIZEN_INITIATIVE", "burgerinitiatief", "citizen initiative");
        put("type", "COPRODUCTION", "coproductie", "co-production");
        put("type", "CITIZEN_COLLECTIVE", "burgercollectief", "citizen collective");
        put("phase", "IDEA", "idee", "idea");
        put("phase", "EXPLORATION", "verkenning", "exploration");
        put("phase", "DESIGN", "planvorming", "design");
        put("phase", "IMPLEMENTATION", "uitvoering", "implementation");
        put("phase", "CONTINUATION", "beheer", "continuation");
        put("phase", "EVALUATION", "evaluatie", "evaluation");
        put("phase", "ENDED", "beëindigd", "ended");
    }

    private ReportLabels() {
    }

    private static void put(String vocabulary, String code, String nl, String en) {
        LABELS.put(vocabulary + ":" + code, new String[] {nl, en});
    }

    /** The word for a code in {@code nl} or {@code en}; the code itself when unknown, an empty string for null. */
    static String of(String vocabulary, String code, String language) {
        if (code == null) {
            return "";
        }
        String[] words = LABELS.get(vocabulary + ":" + code);
        return words == null ? code : words["en".equals(language) ? 1 : 0];
    }
}
