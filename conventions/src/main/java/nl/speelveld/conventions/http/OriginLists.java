package nl.speelveld.conventions.http;

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
 * Lists of browser origins per municipality in the configuration, read one way for every use (the CORS origins, the
 * embed pages' frame-ancestors): {@code <key>.GM0344=https://portal.example.nl https://www.example.nl} or the
 * environment variable {@code <KEY>_GM0344}, origins separated by spaces or commas, and optionally the bare
 * {@code <key>} for every municipality. Only plain origins are taken ({@code https://host[:port]}, {@code http://}
 * for local portals, and {@code https://*.host} where wildcards are allowed); a trailing slash is dropped, case
 * folded; anything else is left out with a warning, so that a typo can never widen a policy or break a header.
 */
public final class OriginLists {

    private static final Logger LOG = Logger.getLogger(OriginLists.class);
    private static final Pattern ORIGIN = Pattern.compile(
            "https?://[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\\d{1,5})?|https?://\\[[0-9a-f:.]+\\](:\\d{1,5})?");
    private static final Pattern WILDCARD_ORIGIN = Pattern.compile(
            "https?://(\\*\\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\\d{1,5})?|https?://\\[[0-9a-f:.]+\\](:\\d{1,5})?");

    private final String key;
    private final String envKey;
    private final Pattern property;
    private final Pattern env;
    private final Pattern origin;
    private final String purpose;

    /**
     * @param key               e.g. {@code speelveld.cors.origins}
     * @param wildcardSubdomains whether {@code https://*.example.nl} is an origin here (CSP allows it, CORS not)
     * @param purpose           what the list is for, in the warning about a value left out
     */
    public OriginLists(String key, boolean wildcardSubdomains, String purpose) {
        this.key = key;
        this.envKey = key.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_");
        this.property = Pattern.compile(Pattern.quote(key + ".") + "\"?(GM\\d{4})\"?", Pattern.CASE_INSENSITIVE);
        this.env = Pattern.compile(Pattern.quote(envKey + "_") + "(GM\\d{4})");
        this.origin = wildcardSubdomains ? WILDCARD_ORIGIN : ORIGIN;
        this.purpose = purpose;
    }

    /** Whether this configuration name is the list for every municipality ({@code <key>} or {@code <KEY>}). */
    public boolean forEveryMunicipality(String name) {
        return key.equals(name) || envKey.equals(name);
    }

    /** The municipality (CBS code) whose list this configuration name is, or null. */
    public String municipality(String name) {
        Matcher e = env.matcher(name);
        if (e.matches()) {
            return e.group(1);
        }
        Matcher p = property.matcher(name);
        return p.matches() ? p.group(1).toUpperCase(Locale.ROOT) : null;
    }

    /** Every configuration entry of these lists (properties and environment), by name, in name order. */
    public Map<String, String> entries(Config config) {
        Map<String, String> entries = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (forEveryMunicipality(name) || municipality(name) != null) {
                config.getOptionalValue(name, String.class).ifPresent(value -> entries.put(name, value));
            }
        }
        return entries;
    }

    /** The origins of one entry, normalised, each once, in order; what is not an origin is left out and logged. */
    public List<String> parse(String name, String value) {
        List<String> list = new ArrayList<>();
        for (String candidate : value == null ? new String[0] : value.split("[\\s,]+")) {
            String o = candidate.trim().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
            if (o.isEmpty() || list.contains(o)) {
                continue;
            }
            if (origin.matcher(o).matches()) {
                list.add(o);
            } else {
                LOG.warnf("%s: '%s' is not an origin (scheme://host[:port]); left out of %s", name, candidate,
                        purpose);
            }
        }
        return list;
    }

    /** The origin as the lists hold it (trimmed, lower case), for comparing a request's {@code Origin}. */
    public static String normalise(String origin) {
        return origin == null ? "" : origin.trim().toLowerCase(Locale.ROOT);
    }
}
