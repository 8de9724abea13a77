package nl.speelveld.conventions.logging;

import io.quarkus.logging.LoggingFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Masks secret path segments ({@link SecretPaths}) in every record before the console handler writes it, text or
 * JSON: the access log's request line above all, but also a message or string parameter that quotes such a path.
 * It only rewrites; it never drops a line. Named {@code secret-paths} in {@code quarkus.log.console.filter}. It
 * changes the record itself, so a handler that runs after the console's sees the masked text too.
 */
@LoggingFilter(name = "secret-paths")
public final class SecretPathFilter implements Filter {

    private final SecretPaths paths;

    public SecretPathFilter(@ConfigProperty(name = "speelveld.log.secret-path-prefixes") List<String> prefixes) {
        this.paths = new SecretPaths(prefixes);
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        String masked = paths.mask(message);
        if (masked != null && !masked.equals(message)) {
            record.setMessage(masked);
        }
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String text) {
                    parameters[i] = paths.mask(text);
                }
            }
        }
        return true;
    }
}
