package nl.speelveld.conventions.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paths whose next segment is a secret (an embed link's token: whoever has it sees the assessment), masked in
 * every log line: {@code GET /v1/embed/eyJ…} is logged as {@code GET /v1/embed/***}. Plain Java, so that the rule is
 * tested without a running service.
 */
final class SecretPaths {

    static final String MASK = "***";

    private final Pattern secret;

    SecretPaths(List<String> prefixes) {
        List<String> quoted = prefixes.stream().map(String::trim).filter(p -> !p.isEmpty()).map(Pattern::quote)
                .toList();
        this.secret = quoted.isEmpty() ? null
                : Pattern.compile("(" + String.join("|", quoted) + ")[^/?#\\s\"]+");
    }

    /** The text with the segment after each secret prefix replaced by {@value #MASK}; the same text when none. */
    String mask(String text) {
        if (secret == null || text == null) {
            return text;
        }
        Matcher m = secret.matcher(text);
        return m.find() ? m.replaceAll("$1" + Matcher.quoteReplacement(MASK)) : text;
    }
}
