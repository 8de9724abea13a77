package nl.speelveld.conventions.text;

import com.fasterxml.jackson.databind.SerializerProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The languages a client asks for, and the choice of one language of a localized text. */
public final class Languages {

    /** The serialization attribute that holds the languages an answer is written for (a {@code List<String>}). */
    public static final String ATTRIBUTE = "speelveld.languages";
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private Languages() {
    }

    /** The languages asked for ({@code ?locale=} before {@code Accept-Language}), most wanted first; may be empty. */
    public static List<String> wanted(String locale, String acceptLanguage) {
        String source = locale != null && !locale.isBlank() ? locale : acceptLanguage;
        List<String> out = new ArrayList<>();
        if (source == null) {
            return out;
        }
        for (String part : source.split(",")) {
            String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (TAG.matcher(tag).matches()) {
                out.add(tag);
            }
        }
        return out;
    }

    /** The languages the answer being written is for; empty means every language. */
    @SuppressWarnings("unchecked")
    public static List<String> of(SerializerProvider provider) {
        Object wanted = provider.getAttribute(ATTRIBUTE);
        return wanted instanceof List<?> list ? (List<String>) list : List.of();
    }

    /**
     * The language of a non-empty text to show: the first wanted one it has (or its primary language, {@code nl} for
     * {@code nl-BE}), else Dutch, else its first language.
     */
    public static String choose(Map<String, String> text, List<String> wanted) {
        for (String tag : wanted) {
            if (text.containsKey(tag)) {
                return tag;
            }
            String primary = tag.split("-")[0];
            if (text.containsKey(primary)) {
                return primary;
            }
        }
        return text.containsKey("nl") ? "nl" : text.keySet().iterator().next();
    }
}
