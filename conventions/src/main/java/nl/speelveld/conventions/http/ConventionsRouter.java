package nl.speelveld.conventions.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.speelveld.conventions.export.ImportLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Applies the transport conventions to every answer of the service, whichever layer writes it (our resources, the
 * framework's own errors, health and metrics): the request id, {@code API-Version}, the ADR security headers, the
 * public CORS rule for the OpenAPI document and the 256 KiB body limit.
 */
@ApplicationScoped
public class ConventionsRouter {

    public static final String REQUEST_ID = "X-Request-ID";
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** The longest request target (path and query) answered; a longer one is a 414 problem. */
    public static final int MAX_REQUEST_TARGET = 4096;
    /** The most header bytes answered; more is a 431 problem. */
    public static final int MAX_HEADER_BYTES = 20 * 1024;
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final String apiVersion;
    /** Set on SIGTERM (the start of the shutdown delay); from then on every answer closes its connection. */
    private volatile boolean stopping;

    ConventionsRouter(@ConfigProperty(name = "speelveld.api.version") String apiVersion) {
        this.apiVersion = apiVersion;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::handle);
        // After the HTTP layer's own body limit (order -2), which put quarkus.http.limits.max-body-size into the
        // context for a streamed body: an import's body may be larger (ImportLimits).
        router.route(ImportLimits.PATH).order(-1).handler(rc -> {
            if (rc.request().method() == HttpMethod.POST) {
                rc.put(MAX_REQUEST_SIZE, ImportLimits.MAX_BYTES);
            }
            rc.next();
        });
    }

    /** The context key under which the HTTP layer keeps the body limit its input streams enforce. */
    private static final String MAX_REQUEST_SIZE = "io.quarkus.max-request-size";

    /**
     * During the shutdown delay the service still answers (readiness is DOWN, so no new traffic is routed here), but
     * with {@code Connection: close}: a client's pooled keep-alive connection is not reused for a request that could
     * meet the final close of the server, and its next request opens a connection where the routing now sends it.
     */
    void stopping(@Observes io.quarkus.runtime.ShutdownDelayInitiatedEvent event) {
        stopping = true;
    }

    /**
     * The label of an answer given here, before any route matched, in the request metrics: the metrics read a
     * route's template from this context local, and would otherwise label the answer with the raw path (an id,
     * a broken escape, 5,000 characters), one series per path.
     */
    static final String METRICS_TEMPLATE_KEY = "UrlPathTemplate";
    static final String REFUSED_BEFORE_ROUTING = "/refused-before-routing";

    void handle(RoutingContext rc) {
        String incoming = rc.request().getHeader(REQUEST_ID);
        String requestId = incoming != null && SAFE_REQUEST_ID.matcher(incoming).matches()
                ? incoming : newRequestId();
        rc.put("requestId", requestId);
        MDC.put("requestId", requestId);
        String uri = rc.request().uri();
        boolean validUri = validUri(uri);
        boolean publicDocument = validUri && rc.normalizedPath().endsWith("/openapi.json");
        boolean tls = rc.request().isSSL();
        rc.addHeadersEndHandler(v -> {
            HttpServerResponse response = rc.response();
            var headers = response.headers();
            headers.set(REQUEST_ID, requestId);
            headers.set("API-Version", apiVersion);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", "frame-ancestors 'none'");
            }
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, publicDocument ? "public, max-age=300" : "no-store");
            }
            if (publicDocument) {
                headers.set("Access-Control-Allow-Origin", "*");
            }
            if (tls) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            if (stopping) {
                headers.set(HttpHeaders.CONNECTION, "close");
            }
        });
        if (uri.length() > MAX_REQUEST_TARGET) {
            problem(rc, 414, "/problems/uri-too-long", "URI Too Long", "The request target is longer than "
                    + MAX_REQUEST_TARGET + " characters.", true);
            return;
        }
        if (headerBytes(rc) > MAX_HEADER_BYTES) {
            problem(rc, 431, "/problems/request-header-fields-too-large", "Request Header Fields Too Large",
                    "The request headers are larger than " + (MAX_HEADER_BYTES / 1024) + " KiB in total.", true);
            return;
        }
        if (!validUri) {
            problem(rc, 400, "/problems/bad-request", "Bad Request",
                    "The request target is not a valid URI (for instance a % not followed by two hex digits).", true);
            return;
        }
        if (uri.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
            labelForMetrics();
            rc.response().setStatusCode(400)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end("{\"type\":\"/problems/bad-request\",\"title\":\"Bad Request\",\"status\":400,"
                            + "\"detail\":\"The path or query contains a NUL character (%00).\"}");
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean importing = rc.request().method() == HttpMethod.POST && ImportLimits.PATH.equals(rc.normalizedPath());
        if (length != null && isOver(length, importing ? ImportLimits.MAX_BYTES : MAX_BODY_BYTES)) {
            labelForMetrics();
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end("{\"type\":\"/problems/payload-too-large\",\"title\":\"Content Too Large\",\"status\":413,"
                            + "\"detail\":\"The request body is larger than the limit of "
                            + (importing ? (ImportLimits.MAX_BYTES >> 30) + " GiB" : "256 KiB") + ".\",\"instance\":\""
                            + rc.normalizedPath().replace("\"", "") + "\"}");
            return;
        }
        if (importing && length != null) {
            // The HTTP layer's own limit (order -2) would refuse a Content-Length above 256 KiB; without it, the
            // body is read as a stream under the import's limit (set at order -1 above). The length was checked here.
            rc.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
        }
        rc.next();
    }

    /**
     * Answers before any resource runs, with a problem document. Used for the limits of the request line and headers
     * too: the HTTP layer's own hard limits ({@code quarkus.http.limits.max-initial-line-length} and
     * {@code max-header-size}) are set well above these, so that a request between the two gets this answer instead
     * of the HTTP layer's bare one; see docs/problems.md.
     */
    private static void problem(RoutingContext rc, int status, String type, String title, String detail,
            boolean close) {
        labelForMetrics();
        HttpServerResponse response = rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    @SuppressWarnings("deprecation")
    private static void labelForMetrics() {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        if (context != null) {
            context.putLocal(METRICS_TEMPLATE_KEY, REFUSED_BEFORE_ROUTING);
        }
    }

    /**
     * A request id the service makes: a random (version 4) UUID from the thread's own generator. It must be unique,
     * not unguessable; {@link UUID#randomUUID()} takes SecureRandom's shared lock and reads /dev/urandom, 0.4-2 % of
     * the CPU of a read in JFR (issue 15).
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static boolean validUri(String uri) {
        try {
            new java.net.URI(uri);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static long headerBytes(RoutingContext rc) {
        long total = 0;
        for (var header : rc.request().headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
