package nl.speelveld.assessment.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import nl.speelveld.conventions.problem.ApiException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * How a failed read of another service reaches the client: a 404 stays a "not found" the caller can name, a 401/403
 * means the caller's token does not reach that service, and everything else (refused connection, timeout, 5xx, open
 * circuit) is a 503 with Retry-After. An assessment is never computed from partial data.
 */
public final class Dependency {

    private static final Logger LOG = Logger.getLogger(Dependency.class);
    /** Enough pages for 100,000 records of one kind; more means something is wrong. */
    private static final int MAX_PAGES = 1000;

    /** The dependency answered 404 for an id the caller gave. */
    public static final class NotFound extends RuntimeException {
        public NotFound() {
            super(null, null, false, false);
        }
    }

    private Dependency() {
    }

    public static <T> T read(String service, int retryAfter, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                throw new NotFound();
            }
            if (status == 401 || status == 403) {
                throw new ApiException(403, "/problems/forbidden", "Forbidden", "Your token is not accepted by "
                        + service + " (it needs its read scope), so this cannot be computed.", null, null);
            }
            LOG.warnf("%s answered %d", service, status);
            throw unavailable(service, retryAfter);
        } catch (ProcessingException | FaultToleranceException e) {
            LOG.warnf("%s could not be read: %s", service, describe(e));
            throw unavailable(service, retryAfter);
        }
    }

    /** Every item of a paged collection, page by page. */
    public static <T> List<T> all(String service, int retryAfter, Function<String, Dtos.ItemsPage<T>> page) {
        return all(service, retryAfter, page, UnaryOperator.identity());
    }

    /** Every item of a paged collection, page by page, each as {@code each} makes it while its page is read. */
    public static <T> List<T> all(String service, int retryAfter, Function<String, Dtos.ItemsPage<T>> page,
            UnaryOperator<T> each) {
        List<T> items = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < MAX_PAGES; i++) {
            String current = cursor;
            Dtos.ItemsPage<T> result = read(service, retryAfter, () -> page.apply(current));
            if (result.items() != null) {
                for (T item : result.items()) {
                    items.add(each.apply(item));
                }
            }
            cursor = result.next();
            if (cursor == null) {
                return items;
            }
        }
        throw unavailable(service, retryAfter);
    }

    /** The exception and its causes, class and message, for the log (a bare class name says too little). */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 600; t = t.getCause() == t ? null : t.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage(), 0, Math.min(200, t.getMessage().length()));
            }
        }
        return text.toString();
    }

    private static ApiException unavailable(String service, int retryAfter) {
        return ApiException.unavailable(service + " cannot be read right now, so nothing was computed or stored."
                + " Retry after " + retryAfter + " seconds.", retryAfter);
    }
}
