package nl.speelveld.conventions.http;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The browser origins (portals) allowed to call the API, per municipality: {@code speelveld.cors.origins.GM0344=
 * https://portal.example.nl https://www.example.nl} (or the environment variable
 * {@code SPEELVELD_CORS_ORIGINS_GM0344}), separated by spaces or commas, as the embed pages'
 * {@code speelveld.embed.frame-ancestors.GM0344}. The optional {@code speelveld.cors.origins}
 * ({@code SPEELVELD_CORS_ORIGINS}) lists origins allowed for every municipality, such as a shared regional portal.
 * Read by {@link OriginLists} as the frame-ancestors are: only plain origins ({@code https://host[:port]},
 * {@code http://} for local portals) are taken; anything else (a path, a wildcard, {@code null}) is left out with a
 * warning, so that a typo can never widen the policy.
 */
@Singleton
public class CorsOrigins {

    private static final Logger LOG = Logger.getLogger(CorsOrigins.class);
    static final String ALL = "speelveld.cors.origins";
    private static final OriginLists LISTS = new OriginLists(ALL, false, "the CORS origins");

    private final Set<String> everyMunicipality = new LinkedHashSet<>();
    private final Map<String, Set<String>> byMunicipality = new TreeMap<>();
    private final Set<String> any = new LinkedHashSet<>();

    CorsOrigins(Map<String, String> entries) {
        entries.forEach((name, value) -> {
            String code = LISTS.municipality(name);
            Set<String> target;
            if (LISTS.forEveryMunicipality(name)) {
                target = everyMunicipality;
            } else if (code != null) {
                target = byMunicipality.computeIfAbsent(code, k -> new LinkedHashSet<>());
            } else {
                return;
            }
            for (String origin : LISTS.parse(name, value)) {
                target.add(origin);
                any.add(origin);
            }
        });
    }

    /** Reads the entries from the configuration (properties and environment). */
    @Inject
    CorsOrigins(Config config) {
        this(LISTS.entries(config));
        LOG.infof("CORS: origins for every municipality: %s; per municipality: %s",
                everyMunicipality.isEmpty() ? "none" : String.join(" ", everyMunicipality),
                byMunicipality.isEmpty() ? "none" : byMunicipality);
    }

    /** The origins allowed for this municipality (its own and those for every municipality). */
    public List<String> of(String municipality) {
        Set<String> all = new LinkedHashSet<>(everyMunicipality);
        if (municipality != null) {
            all.addAll(byMunicipality.getOrDefault(municipality, Set.of()));
        }
        return List.copyOf(all);
    }

    /** Whether a browser at this origin may read answers given to this municipality. */
    public boolean allows(String municipality, String origin) {
        String o = normalise(origin);
        if (everyMunicipality.contains(o)) {
            return true;
        }
        Set<String> own = municipality == null ? null : byMunicipality.get(municipality);
        return own != null && own.contains(o);
    }

    /**
     * Whether this origin is allowed for any municipality. A preflight carries no token, so it can only be answered
     * by this; the answer to the request itself then allows the origin only for its own municipality.
     */
    public boolean allowsForSome(String origin) {
        return any.contains(normalise(origin));
    }

    private static String normalise(String origin) {
        return OriginLists.normalise(origin);
    }
}
