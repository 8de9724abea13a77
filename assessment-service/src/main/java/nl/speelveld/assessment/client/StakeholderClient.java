package nl.speelveld.assessment.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import nl.speelveld.conventions.paging.Cursors;
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
    /**
     * A page of stakeholder-service's bulk reads of groups and interests, its largest (as many items as a JSON array
     * read here may hold): 100,000 interests in 100 requests instead of 1,000.
     */
    static final int BULK_PAGE = Cursors.MAX_BULK_LIMIT;

    private final StakeholderApi api;

    StakeholderClient(@RestClient StakeholderApi api) {
        this.api = api;
    }

    /** The groups of an initiative, {@link #BULK_PAGE} per page (stakeholder-service's bulk read). */
    public Dtos.ItemsPage<Dtos.StakeholderGroup> groups(String auth, String initiativeId, String cursor) {
        return api.bulkGroups(auth, initiativeId, BULK_PAGE, cursor);
    }

    /** Every interest of an initiative, {@link #BULK_PAGE} per page (stakeholder-service's bulk read, not split). */
    public Dtos.ItemsPage<Dtos.Interest> interests(String auth, String initiativeId, String cursor) {
        return api.bulkInterests(auth, initiativeId, BULK_PAGE, cursor, null, null);
    }

    /**
     * One part of an initiative's interests ({@code part} of {@code parts}: those whose id ends in a hexadecimal digit
     * {@code d} with {@code d mod parts = part}), {@link #BULK_PAGE} per page (stakeholder-service's bulk read).
     */
    public Dtos.ItemsPage<Dtos.Interest> interests(String auth, String initiativeId, int part, int parts,
            String cursor) {
        return api.bulkInterests(auth, initiativeId, BULK_PAGE, cursor, part, parts);
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
