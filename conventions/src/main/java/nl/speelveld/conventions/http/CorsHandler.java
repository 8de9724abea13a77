package nl.speelveld.conventions.http;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS with the portal origins of each municipality ({@link CorsOrigins}); it replaces the framework's CORS filter,
 * whose one list is shared by all municipalities.
 *
 * <ul>
 * <li>A request without an {@code Origin} header (a server, curl) is not touched.</li>
 * <li>A request with an {@code Origin} is never refused for it: a server-to-server call that sends one gets its
 * answer. The answer carries {@code Access-Control-Allow-Origin} only when the origin is allowed for the token's
 * municipality (for an answer without a valid token: for some municipality), so that a browser shows it only to
 * that municipality's portals. The bearer token is no ambient credential a browser would add by itself, so this is
 * what CORS can protect here.</li>
 * <li>A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) carries no token: it is allowed when the
 * origin is allowed for some municipality and asks for the methods and headers of the API, answered 204; otherwise it
 * is refused with a 403 problem document saying why (the browser then does not send the request).</li>
 * <li>The public OpenAPI document is readable by any origin ({@link ConventionsRouter}).</li>
 * </ul>
 */
@ApplicationScoped
public class CorsHandler {

    static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    static final String HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, X-Request-ID,"
            + " Accept, Accept-Language";
    static final Set<String> ALLOWED_HEADERS = Arrays.stream(HEADERS.split(",\\s*"))
            .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    static final String EXPOSED = "ETag, Location, API-Version, X-Request-ID, Retry-After, RateLimit, RateLimit-Policy,"
            + " Content-Language";
    /** Seconds a browser may cache an allowed preflight. */
    static final String MAX_AGE = "600";

    private final CorsOrigins origins;

    CorsHandler(CorsOrigins origins) {
        this.origins = origins;
    }

    void install(@Observes Router router) {
        router.route().order(-990).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            rc.next();
            return;
        }
        String path = rc.request().path();
        boolean publicDocument = path != null && path.endsWith("/openapi.json");
        String requestedMethod = rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (rc.request().method() == HttpMethod.OPTIONS && requestedMethod != null) {
            preflight(rc, origin, requestedMethod, publicDocument);
            return;
        }
        if (!publicDocument) {
            rc.addHeadersEndHandler(v -> {
                var headers = rc.response().headers();
                headers.add(HttpHeaders.VARY, "Origin");
                String municipality = municipality(rc);
                if (municipality == null ? origins.allowsForSome(origin) : origins.allows(municipality, origin)) {
                    headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
                    headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
                }
            });
        }
        rc.next();
    }

    private void preflight(RoutingContext rc, String origin, String requestedMethod, boolean publicDocument) {
        var response = rc.response();
        response.headers().add(HttpHeaders.VARY, "Origin");
        String method = requestedMethod.trim().toUpperCase(Locale.ROOT);
        String unknownHeader = unknownHeader(rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS));
        String refusal = null;
        if (!publicDocument && !origins.allowsForSome(origin)) {
            refusal = "The origin " + json(origin) + " is not among the portal origins configured for any"
                    + " municipality (speelveld.cors.origins.GMxxxx); a browser on that origin cannot call this API.";
        } else if (!ALLOWED_METHODS.contains(method) || publicDocument && !"GET".equals(method)) {
            refusal = "The method " + json(method) + " is not allowed from a browser (allowed: " + METHODS + ").";
        } else if (unknownHeader != null) {
            refusal = "The request header " + json(unknownHeader) + " is not allowed from a browser (allowed: "
                    + HEADERS + ").";
        }
        if (refusal != null) {
            response.setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .end("{\"type\":\"/problems/cors-not-allowed\",\"title\":\"Cross-origin request not allowed\","
                            + "\"status\":403,\"detail\":\"" + refusal + "\"}");
            return;
        }
        response.setStatusCode(204)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, publicDocument ? "*" : origin)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, publicDocument ? "GET" : METHODS)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, HEADERS)
                .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE)
                .end();
    }

    private static String unknownHeader(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        for (String header : requested.split(",")) {
            String h = header.trim().toLowerCase(Locale.ROOT);
            if (!h.isEmpty() && !ALLOWED_HEADERS.contains(h)) {
                return header.trim();
            }
        }
        return null;
    }

    /** The municipality of the verified token of this request, once the request has been authenticated. */
    static String municipality(RoutingContext rc) {
        if (!(rc.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object claim = token.getClaim("municipality");
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    /** The text as the inside of a JSON string, shortened: it comes from the request. */
    private static String json(String text) {
        String t = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        StringBuilder out = new StringBuilder("'");
        for (char c : t.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
