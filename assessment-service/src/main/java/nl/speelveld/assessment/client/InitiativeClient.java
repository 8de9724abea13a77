package nl.speelveld.assessment.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads initiative-service with the caller's token. Every read is bounded (timeout), retried twice on a failed
 * connection or a 5xx (never on a 4xx or a timeout), and guarded by a circuit breaker; failures surface as
 * exceptions that {@link Dependency} turns into a 503.
 */
@ApplicationScoped
@Timeout
@Retry(abortOn = {ClientErrorException.class, TimeoutException.class})
@CircuitBreaker(skipOn = ClientErrorException.class)
public class InitiativeClient {

    public static final String NAME = "initiative-service";
    static final int PAGE = 100;

    private final InitiativeApi api;

    InitiativeClient(@RestClient InitiativeApi api) {
        this.api = api;
    }

    public Dtos.Initiative initiative(String auth, String id) {
        return api.initiative(auth, id);
    }

    public Dtos.ItemsPage<Dtos.Issue> issues(String auth, String id, String cursor) {
        return api.issues(auth, id, PAGE, cursor);
    }

    public Dtos.ItemsPage<Dtos.RoleObservation> roleObservations(String auth, String id, String cursor) {
        return api.roleObservations(auth, id, PAGE, cursor);
    }

    public Dtos.ItemsPage<Dtos.KeyDecision> keyDecisions(String auth, String id, String cursor) {
        return api.keyDecisions(auth, id, PAGE, cursor);
    }

    public Dtos.ProblemDefinition currentProblemDefinition(String auth, String id) {
        return api.currentProblemDefinition(auth, id);
    }
}
