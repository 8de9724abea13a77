package nl.speelveld.stakeholder.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;
import nl.speelveld.conventions.client.Outbound;
import nl.speelveld.conventions.client.StatusExceptions;
import nl.speelveld.conventions.problem.ApiException;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.UUID;

/**
 * Asks initiative-service whether an initiative or issue exists for the caller's municipality (ids from another
 * service are checked on write, the API guide). Both reads are idempotent, so they are retried; a timeout guards each
 * attempt and a circuit breaker stops asking a service that keeps failing. When initiative-service cannot answer
 * (connection failure, timeout, 5xx, open circuit) the caller gets 503 with Retry-After, never a guess.
 * Nothing is cached: every answer belongs to the token it was asked with.
 */
@ApplicationScoped
class InitiativeClient {

    /** The name of the circuit breaker of {@link #initiativeExists}, for operations and tests. */
    public static final String INITIATIVE_BREAKER = "initiative-api-initiative";
    /** The name of the circuit breaker of {@link #issueExists}. */
    public static final String ISSUE_BREAKER = "initiative-api-issue";

    private final InitiativeApi api;
    private final Outbound outbound;

    InitiativeClient(@RestClient InitiativeApi api, Outbound outbound) {
        this.api = api;
        this.outbound = outbound;
    }

    /**
     * Whether initiative-service knows the initiative for the municipality of {@code authorization}.
     *
     * @param authorization the caller's {@code Authorization} header value, passed on unchanged
     */
    @Timeout
    @Retry(abortOn = {ApiException.class, ClientErrorException.class})
    @CircuitBreaker(skipOn = {ApiException.class, ClientErrorException.class})
    @CircuitBreakerName(INITIATIVE_BREAKER)
    @Fallback(fallbackMethod = "initiativeUnavailable", skipOn = ApiException.class)
    public boolean initiativeExists(UUID initiativeId, String authorization) {
        try {
            api.initiative(initiativeId, authorization);
            return true;
        } catch (WebApplicationException e) {
            return absent(e);
        }
    }

    /** Whether initiative-service knows the issue of this initiative for the municipality of {@code authorization}. */
    @Timeout
    @Retry(abortOn = {ApiException.class, ClientErrorException.class})
    @CircuitBreaker(skipOn = {ApiException.class, ClientErrorException.class})
    @CircuitBreakerName(ISSUE_BREAKER)
    @Fallback(fallbackMethod = "issueUnavailable", skipOn = ApiException.class)
    public boolean issueExists(UUID initiativeId, UUID issueId, String authorization) {
        try {
            api.issue(initiativeId, issueId, authorization);
            return true;
        } catch (WebApplicationException e) {
            return absent(e);
        }
    }

    boolean initiativeUnavailable(UUID initiativeId, String authorization) {
        throw unavailable();
    }

    boolean issueUnavailable(UUID initiativeId, UUID issueId, String authorization) {
        throw unavailable();
    }

    /**
     * 404 means "not for your municipality": an answer, not a failure. A refused token is the caller's problem and
     * is not retried. Any other 4xx (a {@link ClientErrorException}, see {@link StatusExceptions}) is neither retried
     * nor counted by the circuit breaker, but still answers 503 through the fallback; a 5xx is a failure of
     * initiative-service (retried and counted).
     */
    private static boolean absent(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return false;
        }
        if (status == 401 || status == 403) {
            throw new ApiException(403, "/problems/forbidden", "Forbidden", "The initiative service refused your"
                    + " token, so initiativeId and issueId cannot be checked. Your token needs the scope"
                    + " initiatives:read as well.", null, null);
        }
        throw e;
    }

    private ApiException unavailable() {
        int seconds = outbound.retryAfterSeconds();
        return ApiException.unavailable("The initiative service could not be reached in time to check the initiative"
                + " and its issues. Nothing was stored; retry in " + seconds + " seconds.", seconds);
    }
}
