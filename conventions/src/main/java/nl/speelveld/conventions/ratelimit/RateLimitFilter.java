package nl.speelveld.conventions.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import nl.speelveld.conventions.problem.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies the {@link RateLimiter} to every operation of the service's API (health, metrics and the OpenAPI document
 * are no JAX-RS operations and are not limited), and tells the client its budget on every answer with the IETF
 * {@code RateLimit-Policy} and {@code RateLimit} headers (draft-ietf-httpapi-ratelimit-headers). Over budget, the
 * answer is a 429 problem with {@code Retry-After}.
 *
 * <p>The client is the verified token's {@code azp}, else {@code client_id}, else {@code sub}, within the token's
 * {@code municipality}: two portals of one municipality have a budget each. A request without a valid token shares
 * one budget per remote address (it gets a 401 anyway).
 */
public class RateLimitFilter {

    static final String DECISION = "speelveld.rate-limit.decision";

    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identities;

    RateLimitFilter(RateLimiter limiter, CurrentIdentityAssociation identities) {
        this.limiter = limiter;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!limiter.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String method = request.getMethod();
        boolean write = !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        // one operator, not three: each Mutiny operator's function is wrapped for context propagation, which took a
        // snapshot of the request's contexts per operator and request (JFR, issue 15)
        return identities.getDeferredIdentity().onItemOrFailure().transform((identity, failure) -> {
            RateLimiter.Decision decision = limiter.take(failure == null ? clientOf(identity, address)
                    : "anonymous|" + address, write);
            request.setProperty(DECISION, decision);
            return decision.allowed() ? null : tooMany(decision, request);
        });
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            response.getHeaders().putSingle("RateLimit-Policy", decision.policy().header());
            response.getHeaders().putSingle("RateLimit", decision.header());
        }
    }

    static String clientOf(SecurityIdentity identity, String address) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return "anonymous|" + address;
        }
        String client = claim(token, "azp");
        if (client == null) {
            client = claim(token, "client_id");
        }
        if (client == null) {
            client = "sub:" + claim(token, "sub");
        }
        return claim(token, "municipality") + "|" + client;
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? null : text;
    }

    private static Response tooMany(RateLimiter.Decision decision, ContainerRequestContext request) {
        RateLimiter.Policy policy = decision.policy();
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header("Retry-After", Long.toString(decision.retryAfterSeconds()))
                .header("RateLimit-Policy", policy.header())
                .header("RateLimit", decision.header())
                .entity(new Problem("/problems/too-many-requests", "Too many requests", 429,
                        "Your client has used its budget of " + policy.quota() + " " + policy.name() + " per "
                                + policy.window().toSeconds() + " seconds. Retry after "
                                + decision.retryAfterSeconds() + " seconds.",
                        "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), null))
                .build();
    }
}
