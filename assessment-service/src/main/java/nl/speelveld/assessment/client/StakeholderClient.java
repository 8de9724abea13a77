package nl.speelveld.assessment.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads stakeholder-service with the caller's token; the same bounds as {@link InitiativeClient}. */
@ApplicationScoped
@Timeout
@Retry(abortOn = {ClientErrorException.class, TimeoutException.class})
@CircuitBreaker(skipOn = ClientErrorException.class)
public class StakeholderClient {

    public static final String NAME = "stakeholder-service";
    static final int PAGE = 100;

    private final StakeholderApi api;

    StakeholderClient(@RestClient StakeholderApi api) {
        this.api = api;
    }

    public Dtos.ItemsPage<Dtos.StakeholderGroup> groups(String auth, String initiativeId, String cursor) {
        return api.groups(auth, initiativeId, PAGE, cursor);
    }

    public Dtos.ItemsPage<Dtos.Interest> interests(String auth, String initiativeId, String cursor) {
        return api.interests(auth, initiativeId, PAGE, cursor);
    }

    public Dtos.ItemsPage<Dtos.ConflictOverride> conflictOverrides(String auth, String initiativeId, String cursor) {
        return api.conflictOverrides(auth, initiativeId, PAGE, cursor);
    }

    public Dtos.ItemsPage<Dtos.ParticipantProfile> participantProfiles(String auth, String initiativeId,
            String cursor) {
        return api.participantProfiles(auth, initiativeId, PAGE, cursor);
    }

    public Dtos.ItemsPage<Dtos.CoreGroupSnapshot> coreGroupSnapshots(String auth, String initiativeId, String cursor) {
        return api.coreGroupSnapshots(auth, initiativeId, PAGE, cursor);
    }

    public Dtos.ItemsPage<Dtos.ConstituencyConsultation> consultations(String auth, String initiativeId,
            String cursor) {
        return api.consultations(auth, initiativeId, PAGE, cursor);
    }

    public Dtos.ItemsPage<Dtos.Representation> representations(String auth, String initiativeId, String cursor) {
        return api.representations(auth, initiativeId, PAGE, cursor);
    }

    public Dtos.PopulationProfile populationProfile(String auth, String id) {
        return api.populationProfile(auth, id);
    }
}
