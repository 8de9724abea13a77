package nl.speelveld.assessment.embed;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal origins each municipality lets frame its embed pages: {@code speelveld.embed.frame-ancestors.GM0344=
 * https://portal.example.nl https://www.example.nl} (or the environment variable
 * {@code SPEELVELD_EMBED_FRAME_ANCESTORS_GM0344}), origins separated by spaces or commas. A municipality without an
 * entry gets {@code 'self'} only. Only plain origins are taken ({@code https://host[:port]}, {@code http://} too, for
 * local portals); anything else is left out with a warning, so that a typo can never widen the policy or break the
 * header.
 */
@ApplicationScoped
public class FrameAncestors {

    private static final Logger LOG = Logger.getLogger(FrameAncestors.class);
    private static final String PREFIX = "speelveld.embed.frame-ancestors.";
    private static final Pattern ENV = Pattern.compile("SPEELVELD_EMBED_FRAME_ANCESTORS_(GM\\d{4})");
    private static final Pattern PROPERTY = Pattern.compile(Pattern.quote(PREFIX) + "\"?(GM\\d{4})\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGIN = Pattern.compile(
            "https?://(\\*\\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\\d{1,5})?|https?://\\[[0-9a-f:.]+\\](:\\d{1,5})?");

    private final Map<String, List<String>> origins = new TreeMap<>();

    FrameAncestors(Config config) {
        for (String name : config.getPropertyNames()) {
            Matcher m = ENV.matcher(name);
            Matcher p = PROPERTY.matcher(name);
            String municipality = m.matches() ? m.group(1) : p.matches() ? p.group(1).toUpperCase(Locale.ROOT) : null;
            if (municipality == null) {
                continue;
            }
            String value = config.getOptionalValue(name, String.class).orElse("");
            List<String> list = origins.computeIfAbsent(municipality, k -> new ArrayList<>());
            for (String origin : value.split("[\\s,]+")) {
                String o = origin.trim().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
                if (o.isEmpty() || list.contains(o)) {
                    continue;
                }
                if (ORIGIN.matcher(o).matches()) {
                    list.add(o);
                } else {
                    LOG.warnf("%s: '%s' is not an origin (scheme://host[:port]); left out of frame-ancestors",
                            name, origin);
                }
            }
        }
        origins.forEach((m, list) -> LOG.infof("embed pages of %s may be framed by %s", m,
                list.isEmpty() ? "'self' only" : String.join(" ", list)));
    }

    /** The source list of {@code frame-ancestors} for this municipality. */
    public String of(String municipality) {
        List<String> list = municipality == null ? null : origins.get(municipality);
        return list == null || list.isEmpty() ? "'self'" : String.join(" ", list);
    }
}
