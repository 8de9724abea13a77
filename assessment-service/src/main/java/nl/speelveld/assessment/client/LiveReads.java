package nl.speelveld.assessment.client;

import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.client.Outbound;
import nl.speelveld.conventions.problem.ApiException;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one read sequence of an initiative's live data from initiative-service and stakeholder-service, with the
 * caller's token, used by the assessment's snapshot and by the participation report. Every collection is read in
 * full, page by page (groups and interests in stakeholder-service's bulk pages), the independent reads at the same
 * time; any failed read fails the whole (503 via {@link Dependency}), so nothing is ever built from partial data.
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
    private final ManagedExecutor executor;

    LiveReads(InitiativeClient initiatives, StakeholderClient stakeholders,
            Outbound outbound, ManagedExecutor executor) {
        this.executor = executor;
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
        return initiative(auth, initiativeId, unknown, true);
    }

    /**
     * As {@link #initiative(String, String, Supplier)}; the interests' statements only when {@code statements}
     * (an assessment does not use them: at 100,000 interests they are a large part of what is read).
     */
    public InitiativeData initiative(String auth, String initiativeId, Supplier<ApiException> unknown,
            boolean statements) {
        String ini = InitiativeClient.NAME;
        Dtos.Initiative initiative;
        try {
            initiative = Dependency.read(ini, retryAfter, () -> initiatives.initiative(auth, initiativeId));
        } catch (Dependency.NotFound e) {
            throw unknown.get();
        }
        // the initiative exists for this caller: the other reads are independent of each other and run together
        // (groups and interests are the large ones, read in stakeholder-service's bulk pages)
        CompletableFuture<Dtos.ProblemDefinition> definition = async(() -> {
            try {
                return Dependency.read(ini, retryAfter,
                        () -> initiatives.currentProblemDefinition(auth, initiativeId));
            } catch (Dependency.NotFound e) {
                return null; // no problem definition yet
            }
        });
        Canonical canonical = new Canonical();
        CompletableFuture<List<Dtos.StakeholderGroup>> groups = async(() -> Dependency.all(StakeholderClient.NAME,
                retryAfter, c -> stakeholders.groups(auth, initiativeId, c), canonical::group));
        CompletableFuture<List<Dtos.Interest>> interests = async(() -> Dependency.all(StakeholderClient.NAME,
                retryAfter, c -> stakeholders.interests(auth, initiativeId, c),
                x -> canonical.interest(x, statements)));
        CompletableFuture<List<Dtos.Issue>> issues =
                async(() -> Dependency.all(ini, retryAfter, c -> initiatives.issues(auth, initiativeId, c)));
        CompletableFuture<List<Dtos.RoleObservation>> observations =
                async(() -> Dependency.all(ini, retryAfter,
                        c -> initiatives.roleObservations(auth, initiativeId, c)));
        CompletableFuture<List<Dtos.KeyDecision>> decisions =
                async(() -> Dependency.all(ini, retryAfter, c -> initiatives.keyDecisions(auth, initiativeId, c)));
        CompletableFuture<List<Dtos.ConflictOverride>> overrides =
                async(() -> stakeholderItems(c -> stakeholders.conflictOverrides(auth, initiativeId, c)));
        CompletableFuture<List<Dtos.ConstituencyConsultation>> consultations =
                async(() -> stakeholderItems(c -> stakeholders.consultations(auth, initiativeId, c)));
        return new InitiativeData(initiative, join(definition), join(issues), join(observations), join(decisions),
                join(groups), join(interests), join(overrides), join(consultations));
    }

    /** A read on the managed executor (the caller's trace context goes along). */
    private <T> CompletableFuture<T> async(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, executor);
    }

    /**
     * The result of a read; its failure as thrown by the read itself (a 503, 403 or "not found" problem), so that a
     * parallel read fails the whole exactly as a sequential one did.
     */
    private static <T> T join(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
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
