package nl.speelveld.assessment.shared;

import java.util.Locale;

/** The language of a document this service renders itself (the chart, the HTML report): nl or en. */
public final class Language {

    private Language() {
    }

    /** {@code ?locale=} wins over Accept-Language; the first of nl and en named; nl when neither is. */
    public static String negotiate(String locale, String acceptLanguage) {
        String wanted = locale != null ? locale : acceptLanguage;
        if (wanted == null) {
            return "nl";
        }
        for (String part : wanted.split(",")) {
            String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (tag.startsWith("en")) {
                return "en";
            }
            if (tag.startsWith("nl")) {
                return "nl";
            }
        }
        return "nl";
    }
}
