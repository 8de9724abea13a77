package nl.speelveld.conventions.http;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser origins (portals) allowed to call the API, per municipality: {@code speelveld.cors.origins.GM0344=
 * https://portal.example.nl https://www.example.nl} (or the environment variable
 * {@code SPEELVELD_CORS_ORIGINS_GM0344}), separated by spaces or commas, as the embed pages'
 * {@code speelveld.embed.frame-ancestors.GM0344}. The optional {@code speelveld.cors.origins}
 * ({@code SPEELVELD_CORS_ORIGINS}) lists origins allowed for every municipality, such as a shared regional portal.
 * Only plain origins ({@code https://host[:port]}, {@code http://} for local portals) are taken; anything else (a
 * path, a wildcard, {@code null}) is left out with a warning, so that a typo can never widen the policy.
 */
@Singleton
public class CorsOrigins {

    private static final Logger LOG = Logger.getLogger(CorsOrigins.class);
    static final String ALL = "speelveld.cors.origins";
    private static final Pattern ENV = Pattern.compile("SPEELVELD_CORS_ORIGINS_(GM\\d{4})");
    private static final Pattern PROPERTY = Pattern.compile(Pattern.quote(ALL + ".") + "\"?(GM\\d{4})\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGIN = Pattern.compile(
            "https?://[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\\d{1,5})?|https?://\\[[0-9a-f:.]+\\](:\\d{1,5})?");

    private final Set<String> everyMunicipality = new LinkedHashSet<>();
    private final Map<String, Set<String>> byMunicipality = new TreeMap<>();
    private final Set<String> any = new LinkedHashSet<>();

    CorsOrigins(Map<String, String> entries) {
        entries.forEach((name, value) -> {
            Matcher env = ENV.matcher(name);
            Matcher property = PROPERTY.matcher(name);
            Set<String> target;
            if (ALL.equals(name) || "SPEELVELD_CORS_ORIGINS".equals(name)) {
                target = everyMunicipality;
            } else if (env.matches() || property.matches()) {
                String code = (env.matches() ? env.group(1) : property.group(1)).toUpperCase(Locale.ROOT);
                target = byMunicipality.computeIfAbsent(code, k -> new LinkedHashSet<>());
            } else {
                return;
            }
            for (String origin : parse(name, value)) {
                target.add(origin);
                any.add(origin);
            }
        });
    }

    /** Reads the entries from the configuration (properties and environment). */
    @Inject
    CorsOrigins(Config config) {
        this(entries(config));
        LOG.infof("CORS: origins for every municipality: %s; per municipality: %s",
                everyMunicipality.isEmpty() ? "none" : String.join(" ", everyMunicipality),
                byMunicipality.isEmpty() ? "none" : byMunicipality);
    }

    private static Map<String, String> entries(Config config) {
        Map<String, String> entries = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.equals(ALL) || name.equals("SPEELVELD_CORS_ORIGINS") || ENV.matcher(name).matches()
                    || PROPERTY.matcher(name).matches()) {
                config.getOptionalValue(name, String.class).ifPresent(value -> entries.put(name, value));
            }
        }
        return entries;
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
        return origin == null ? "" : origin.trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> parse(String name, String value) {
        List<String> list = new ArrayList<>();
        for (String origin : value == null ? new String[0] : value.split("[\\s,]+")) {
            String o = origin.trim().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
            if (o.isEmpty()) {
                continue;
            }
            if (ORIGIN.matcher(o).matches()) {
                list.add(o);
            } else {
                LOG.warnf("%s: '%s' is not an origin (scheme://host[:port]); left out of the CORS origins", name,
                        origin);
            }
        }
        return list;
    }
}
