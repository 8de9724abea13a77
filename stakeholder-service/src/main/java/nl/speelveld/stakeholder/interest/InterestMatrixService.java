package nl.speelveld.stakeholder.interest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.stakeholder.client.InitiativeReferences;
import nl.speelveld.stakeholder.group.GroupReferences;
import nl.speelveld.stakeholder.group.StakeholderGroupResponse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the interest matrix of an initiative with its conflict lines (DOMAIN.md 3.9): per (group, issue) only the
 * latest interest counts (latest recordedOn, then latest created); two groups whose latest stances have opposite
 * signs conflict, NEUTRAL and UNKNOWN take no part. A conflict override whose two interests are exactly the two of a
 * pair decides that pair (the latest override wins); an override of an interest that was since replaced no longer
 * applies, and overrides never create pairs. The same rule as assessment-service's FI-6.
 */
@ApplicationScoped
class InterestMatrixService {

    private static final Comparator<Interest> LATEST = Comparator.comparing(Interest::recordedOn)
            .thenComparing(Interest::createdAt).thenComparing(Interest::id);

    private final GroupReferences groups;
    private final InterestRepository interests;
    private final ConflictOverrideRepository overrides;
    private final InitiativeReferences initiatives;
    private final Tenant tenant;

    InterestMatrixService(GroupReferences groups, InterestRepository interests,
            ConflictOverrideRepository overrides, InitiativeReferences initiatives, Tenant tenant) {
        this.groups = groups;
        this.interests = interests;
        this.overrides = overrides;
        this.initiatives = initiatives;
        this.tenant = tenant;
    }

    public InterestMatrixResponse matrix(UUID initiativeId) {
        String municipality = tenant.code();
        initiatives.requireInitiative(initiativeId);
        return QuarkusTransaction.requiringNew().call(() -> build(initiativeId, municipality,
                groups.ofInitiative(municipality, initiativeId), interests.ofInitiative(municipality, initiativeId),
                overrides.ofInitiative(municipality, initiativeId)));
    }

    static InterestMatrixResponse build(UUID initiativeId, String municipality, List<StakeholderGroupResponse> groups,
            List<Interest> interests, List<ConflictOverride> overrides) {
        Map<UUID, Integer> groupOrder = new LinkedHashMap<>();
        groups.forEach(g -> groupOrder.put(g.id(), groupOrder.size()));
        // issue -> group -> latest interest; issues in the order first raised (interests come oldest first)
        Map<UUID, Map<UUID, Interest>> latest = new LinkedHashMap<>();
        for (Interest interest : interests) {
            latest.computeIfAbsent(interest.issueId(), k -> new LinkedHashMap<>())
                    .merge(interest.groupId(), interest, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
        }
        List<InterestMatrixResponse.MatrixIssue> issues = new ArrayList<>();
        latest.forEach((issueId, byGroup) -> {
            List<Interest> cells = byGroup.values().stream()
                    .sorted(Comparator.comparing(i -> groupOrder.getOrDefault(i.groupId(), Integer.MAX_VALUE)))
                    .toList();
            List<Interest> voiced = cells.stream().filter(i -> i.stance().sign() != 0).toList();
            int pairs = 0;
            int decided = 0;
            List<InterestMatrixResponse.ConflictLine> conflicts = new ArrayList<>();
            for (int a = 0; a < voiced.size(); a++) {
                for (int b = a + 1; b < voiced.size(); b++) {
                    Interest x = voiced.get(a);
                    Interest y = voiced.get(b);
                    pairs++;
                    boolean conflict = x.stance().sign() != y.stance().sign();
                    ConflictOverride override = null;
                    for (ConflictOverride o : overrides) {
                        if (o.concerns(x.id(), y.id())) {
                            override = o;
                        }
                    }
                    if (override != null) {
                        decided++;
                        conflict = override.relation == ConflictRelation.CONFLICT;
                    }
                    if (conflict) {
                        conflicts.add(new InterestMatrixResponse.ConflictLine(x.groupId(), y.groupId(), x.id(),
                                y.id(), x.stance(), y.stance(), override == null ? null : override.id()));
                    }
                }
            }
            issues.add(new InterestMatrixResponse.MatrixIssue(issueId, cells.stream()
                    .map(i -> new InterestMatrixResponse.Cell(i.groupId(), i.id(), i.stance(), i.kind, i.evidence,
                            i.recordedOn(), i.responseStatus))
                    .toList(), pairs, List.copyOf(conflicts), decided));
        });
        List<InterestMatrixResponse.MatrixGroup> rows = groups.stream()
                .map(g -> new InterestMatrixResponse.MatrixGroup(g.id(), g.name(), g.source(), g.voice())).toList();
        return new InterestMatrixResponse(initiativeId, municipality, rows, List.copyOf(issues));
    }
}
