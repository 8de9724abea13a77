package nl.speelveld.conventions.http;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Lets a request whose URI is not a valid {@link java.net.URI} (such as {@code %ZZ} in the path) reach
 * {@link ConventionsRouter}, which answers it with a 400 problem document. Quarkus's root HTTP handler checks the URI
 * itself and otherwise answers such a request with a bare 400 before any route runs; it skips that check when the
 * system property {@code vertx.disableURIValidation} is true, and reads the property once, when its class is loaded,
 * which is after the configuration is built. This empty configuration source, loaded by the configuration's
 * service loader, is the earliest place a library can set the property, so every service gets it without a JVM
 * option. An explicit {@code -Dvertx.disableURIValidation=false} is respected.
 */
public class EarlyHttpSettings implements ConfigSource {

    static {
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        return null;
    }

    @Override
    public String getName() {
        return "speelveld-early-http-settings";
    }

    @Override
    public int getOrdinal() {
        return 0;
    }
}
