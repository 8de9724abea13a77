package nl.speelveld.conventions.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import java.util.UUID;
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
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final String apiVersion;

    ConventionsRouter(@ConfigProperty(name = "speelveld.api.version") String apiVersion) {
        this.apiVersion = apiVersion;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String incoming = rc.request().getHeader(REQUEST_ID);
        String requestId = incoming != null && SAFE_REQUEST_ID.matcher(incoming).matches()
                ? incoming : UUID.randomUUID().toString();
        rc.put("requestId", requestId);
        MDC.put("requestId", requestId);
        boolean publicDocument = rc.normalizedPath().endsWith("/openapi.json");
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
        });
        if (rc.request().uri().toLowerCase(java.util.Locale.ROOT).contains("%00")) {
            rc.response().setStatusCode(400)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end("{\"type\":\"/problems/bad-request\",\"title\":\"Bad Request\",\"status\":400,"
                            + "\"detail\":\"The path or query contains a NUL character (%00).\"}");
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end("{\"type\":\"/problems/payload-too-large\",\"title\":\"Content Too Large\",\"status\":413,"
                            + "\"detail\":\"The request body is larger than the limit of 256 KiB.\",\"instance\":\""
                            + rc.normalizedPath().replace("\"", "") + "\"}");
            return;
        }
        rc.next();
    }

    private static boolean isOver(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
