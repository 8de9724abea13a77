package nl.speelveld.assessment.client;

import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.client.Outbound;
import nl.speelveld.conventions.problem.ApiException;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

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

    /**
     * Into how many parts the interests are split, read at the same time: the largest read of an assessment
     * (100,000 interests in 100 pages of 1,000) was one page after the other, each side waiting for the other;
     * two parts keep both stakeholder-service and this service busy (bench/README.md, issue 15).
     */
    static final int INTEREST_PARTS = 2;

    /** stakeholder-service's order of interests: creation time, then id (a UUID's text sorts as its bytes). */
    private static final Comparator<Dtos.Interest> LIST_ORDER = Comparator
            .comparing(Dtos.Interest::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Dtos.Interest::id, Comparator.nullsFirst(Comparator.naturalOrder()));

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
        List<CompletableFuture<List<Dtos.Interest>>> interestParts = IntStream.range(0, INTEREST_PARTS)
                .mapToObj(part -> async(() -> Dependency.all(StakeholderClient.NAME, retryAfter,
                        c -> stakeholders.interests(auth, initiativeId, part, INTEREST_PARTS, c),
                        x -> canonical.interest(x, statements))))
                .toList();
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
                join(groups), merged(interestParts), join(overrides), join(consultations));
    }

    /** The parts of the interests together, in the list's order (creation time, then id), as one read gave them. */
    private static List<Dtos.Interest> merged(List<CompletableFuture<List<Dtos.Interest>>> parts) {
        List<List<Dtos.Interest>> read = parts.stream().map(LiveReads::join).toList();
        List<Dtos.Interest> all = new ArrayList<>(read.stream().mapToInt(List::size).sum());
        read.forEach(all::addAll);
        all.sort(LIST_ORDER); // each part is in this order already: the sort merges its runs
        return all;
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
