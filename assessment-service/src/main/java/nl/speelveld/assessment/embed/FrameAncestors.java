package nl.speelveld.assessment.embed;

import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.http.OriginLists;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The portal origins each municipality lets frame its embed pages: {@code speelveld.embed.frame-ancestors.GM0344=
 * https://portal.example.nl https://www.example.nl} (or the environment variable
 * {@code SPEELVELD_EMBED_FRAME_ANCESTORS_GM0344}), origins separated by spaces or commas. A municipality without an
 * entry gets {@code 'self'} only. Read by conventions' {@link OriginLists} as the CORS origins are: only plain origins
 * are taken ({@code https://host[:port]}, {@code http://} too, for local portals, and {@code https://*.host}, which
 * CSP allows); anything else is left out with a warning, so that a typo can never widen the policy or break the
 * header.
 */
@ApplicationScoped
public class FrameAncestors {

    private static final Logger LOG = Logger.getLogger(FrameAncestors.class);
    private static final OriginLists LISTS = new OriginLists("speelveld.embed.frame-ancestors", true,
            "frame-ancestors");

    private final Map<String, List<String>> origins = new TreeMap<>();

    FrameAncestors(Config config) {
        LISTS.entries(config).forEach((name, value) -> {
            String municipality = LISTS.municipality(name);
            if (municipality != null) {
                List<String> list = origins.computeIfAbsent(municipality, k -> new ArrayList<>());
                LISTS.parse(name, value).stream().filter(o -> !list.contains(o)).forEach(list::add);
            }
        });
        origins.forEach((m, list) -> LOG.infof("embed pages of %s may be framed by %s", m,
                list.isEmpty() ? "'self' only" : String.join(" ", list)));
    }

    /** The source list of {@code frame-ancestors} for this municipality. */
    public String of(String municipality) {
        List<String> list = municipality == null ? null : origins.get(municipality);
        return list == null || list.isEmpty() ? "'self'" : String.join(" ", list);
    }
}
