package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Localized texts: the {nl, en} maps, the Dutch and English names of the codes the questions mention, and lists. */
final class Texts {

    static final List<String> LANGUAGES = List.of("nl", "en");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private static final Map<String, String[]> NAMES = new LinkedHashMap<>();

    static {
        name("LET_GO", "loslaten", "let go");
        name("FACILITATE", "faciliteren", "facilitate");
        name("STIMULATE", "stimuleren", "stimulate");
        name("DIRECT", "regisseren", "direct");
        name("REGULATE", "reguleren", "regulate");
        name("COPRODUCING_CITIZENS", "de coproducerende burgers", "the co-producing citizens");
        name("BROADER_PUBLIC", "het bredere publiek", "the broader public");
        name("PUBLIC_ORGANISATION", "de publieke organisatie", "the public organisation");
        name("POLITICS", "de politiek", "politics");
        name("CORE_GROUP", "kerngroep", "core group");
        name("ACTIVE_PARTICIPANTS", "groep actieve deelnemers", "group of active participants");
        name("MEMBERS", "ledengroep", "membership");
        name("USERS_REACHED", "groep bereikte gebruikers", "group of users reached");
        name("RESPONDENTS", "groep respondenten", "group of respondents");
        name("AGE_BAND", "leeftijd", "age");
        name("GENDER", "geslacht", "gender");
        name("MIGRATION_BACKGROUND", "migratieachtergrond", "migration background");
        name("EDUCATION_LEVEL", "opleidingsniveau", "education level");
        name("HOUSEHOLD_INCOME", "huishoudinkomen", "household income");
        name("TENURE", "woningbezit", "tenure");
        name("HOUSEHOLD_TYPE", "huishoudtype", "household type");
        name("AREA", "gebied", "area");
        name("HOME_LANGUAGE", "thuistaal", "home language");
    }

    private static void name(String code, String nl, String en) {
        NAMES.put(code, new String[] {nl, en});
    }

    private Texts() {
    }

    static Map<String, String> of(String nl, String en) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nl", nl);
        m.put("en", en);
        return m;
    }

    /** The text in a language: that language, else Dutch, else English, else any entry, else "". */
    static String pick(Map<String, String> text, String language) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        for (String l : List.of(language, "nl", "en")) {
            String s = text.get(l);
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return text.values().stream().filter(s -> s != null && !s.isBlank()).findFirst().orElse("");
    }

    /** The name of a code in a language; the code itself when it has no name here. */
    static String name(String code, String language) {
        String[] n = NAMES.get(code);
        if (n == null) {
            return code == null ? "" : code;
        }
        return "en".equals(language) ? n[1] : n[0];
    }

    /**
     * At most this many items are named in a text; the rest are counted ("a, b, … en 12 andere"), so a text stays
     * short whatever the number of groups. The full lists are in the indicator's inputs.
     */
    static final int NAMED = 10;

    /**
     * "a", "a en b", "a, b en c" (nl) or "a", "a and b", "a, b and c" (en); beyond {@link #NAMED} items the rest are
     * counted.
     */
    static String list(List<String> items, String language) {
        List<String> l = new ArrayList<>(items);
        if (l.isEmpty()) {
            return "en".equals(language) ? "none" : "geen";
        }
        if (l.size() > NAMED) {
            int more = l.size() - NAMED;
            return String.join(", ", l.subList(0, NAMED)) + ("en".equals(language) ? " and " + more + " others"
                    : " en " + more + " andere");
        }
        if (l.size() == 1) {
            return l.get(0);
        }
        String last = l.remove(l.size() - 1);
        return String.join(", ", l) + ("en".equals(language) ? " and " : " en ") + last;
    }

    /** Replaces {key} placeholders in one pass, so a value is never read as a placeholder itself. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
