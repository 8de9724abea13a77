package nl.speelveld.assessment.client;

import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.client.Outbound;
import nl.speelveld.conventions.problem.ApiException;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one read sequence of an initiative's live data from initiative-service and stakeholder-service, with the
 * caller's token, used by the assessment's snapshot and by the participation report. Every collection is read in
 * full, page by page; any failed read fails the whole (503 via {@link Dependency}), so nothing is ever built from
 * partial data.
 */
@ApplicationScoped
public class LiveReads {

    /** What both the assessment and the participation report read of one initiative. */
    public record InitiativeData(Dtos.Initiative initiative, Dtos.ProblemDefinition definition,
            List<Dtos.Issue> issues, List<Dtos.RoleObservation> observations, List<Dtos.KeyDecision> decisions,
            List<Dtos.StakeholderGroup> groups, List<Dtos.Interest> interests,
            List<Dtos.ConflictOverride> overrides, List<Dtos.ConstituencyConsultation> consultations) {
    }

    private final InitiativeClient initiatives;
    private final StakeholderClient stakeholders;
    private final int retryAfter;

    LiveReads(InitiativeClient initiatives, StakeholderClient stakeholders,
            Outbound outbound) {
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
        this.retryAfter = outbound.retryAfterSeconds();
    }

    /**
     * The initiative, its current problem definition ({@code null} when there is none yet), issues, role
     * observations, key decisions, stakeholder groups, interests, conflict overrides and consultations.
     *
     * @param unknown the answer when initiative-service does not know the initiative for this caller
     */
    public InitiativeData initiative(String auth, String initiativeId, Supplier<ApiException> unknown) {
        String ini = InitiativeClient.NAME;
        Dtos.Initiative initiative;
        try {
            initiative = Dependency.read(ini, retryAfter, () -> initiatives.initiative(auth, initiativeId));
        } catch (Dependency.NotFound e) {
            throw unknown.get();
        }
        Dtos.ProblemDefinition definition;
        try {
            definition = Dependency.read(ini, retryAfter,
                    () -> initiatives.currentProblemDefinition(auth, initiativeId));
        } catch (Dependency.NotFound e) {
            definition = null; // no problem definition yet
        }
        return new InitiativeData(initiative, definition,
                Dependency.all(ini, retryAfter, c -> initiatives.issues(auth, initiativeId, c)),
                Dependency.all(ini, retryAfter, c -> initiatives.roleObservations(auth, initiativeId, c)),
                Dependency.all(ini, retryAfter, c -> initiatives.keyDecisions(auth, initiativeId, c)),
                stakeholderItems(c -> stakeholders.groups(auth, initiativeId, c)),
                stakeholderItems(c -> stakeholders.interests(auth, initiativeId, c)),
                stakeholderItems(c -> stakeholders.conflictOverrides(auth, initiativeId, c)),
                stakeholderItems(c -> stakeholders.consultations(auth, initiativeId, c)));
    }

    /** Every item of one of stakeholder-service's paged collections. */
    public <T> List<T> stakeholderItems(Function<String, Dtos.ItemsPage<T>> page) {
        return Dependency.all(StakeholderClient.NAME, retryAfter, page);
    }

    /** One read of stakeholder-service; {@link Dependency.NotFound} when it answers 404. */
    public <T> T stakeholderRead(Supplier<T> call) {
        return Dependency.read(StakeholderClient.NAME, retryAfter, call);
    }
}
