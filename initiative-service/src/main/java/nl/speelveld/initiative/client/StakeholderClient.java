package nl.speelveld.initiative.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;
import nl.speelveld.conventions.client.Outbound;
import nl.speelveld.conventions.client.StatusExceptions;
import nl.speelveld.conventions.problem.ApiException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;
import java.util.UUID;

/**
 * Asks stakeholder-service for a stakeholder group of the caller's municipality, as stakeholder-service asks this
 * service for initiatives and issues: the read is idempotent, so it is retried; a timeout guards each attempt and a
 * circuit breaker stops asking a service that keeps failing. When stakeholder-service cannot answer (connection
 * failure, timeout, 5xx, open circuit) the caller gets 503 with Retry-After, never a guess. Nothing is cached.
 */
@ApplicationScoped
class StakeholderClient {

    /** The name of the circuit breaker of {@link #group}, for operations and tests. */
    public static final String GROUP_BREAKER = "stakeholder-api-group";

    private final StakeholderApi api;
    private final Outbound outbound;

    StakeholderClient(@RestClient StakeholderApi api, Outbound outbound) {
        this.api = api;
        this.outbound = outbound;
    }

    /**
     * The group, when stakeholder-service knows it for the municipality of {@code authorization}; empty when not.
     *
     * @param authorization the caller's {@code Authorization} header value, passed on unchanged
     */
    @Timeout
    @Retry(abortOn = {ApiException.class, ClientErrorException.class})
    @CircuitBreaker(skipOn = {ApiException.class, ClientErrorException.class})
    @CircuitBreakerName(GROUP_BREAKER)
    @Fallback(fallbackMethod = "groupUnavailable", skipOn = ApiException.class)
    public Optional<GroupRef> group(UUID groupId, String authorization) {
        try {
            return Optional.of(api.group(groupId, authorization));
        } catch (WebApplicationException e) {
            return absent(e);
        }
    }

    Optional<GroupRef> groupUnavailable(UUID groupId, String authorization) {
        int seconds = outbound.retryAfterSeconds();
        throw ApiException.unavailable("The stakeholder service could not be reached in time to check the stakeholder"
                + " groups named. Nothing was stored; retry in " + seconds + " seconds.", seconds);
    }

    /**
     * 404 means "not for your municipality": an answer, not a failure. A refused token is the caller's problem and
     * is not retried. Any other 4xx (see {@link StatusExceptions}) is neither retried nor counted by the circuit
     * breaker, but still answers 503 through the fallback; a 5xx is a failure of stakeholder-service.
     */
    private static Optional<GroupRef> absent(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return Optional.empty();
        }
        if (status == 401 || status == 403) {
            throw new ApiException(403, "/problems/forbidden", "Forbidden", "The stakeholder service refused your"
                    + " token, so the stakeholder group ids cannot be checked. Your token needs the scope"
                    + " stakeholders:read as well.", null, null);
        }
        throw e;
    }
}
