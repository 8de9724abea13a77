package nl.speelveld.stakeholder.interest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.method.AssessmentInput;
import nl.speelveld.method.ConflictPairs;
import nl.speelveld.method.InterestMatrix;
import nl.speelveld.stakeholder.client.InitiativeReferences;
import nl.speelveld.stakeholder.group.GroupReferences;
import nl.speelveld.stakeholder.group.StakeholderGroupResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the interest matrix of an initiative with its conflict lines. Both rules, the latest interest per (group,
 * issue) and the conflict rule of docs/method.md, come from the method module's {@link InterestMatrix}, the one
 * implementation that assessment-service's FI-6 and participation report also use: per (group, issue) only the
 * latest interest counts (latest recordedOn, then latest created); two groups whose latest stances have opposite
 * signs conflict, NEUTRAL and UNKNOWN take no part; a conflict override whose two interests are exactly the two of a
 * pair decides that pair (the latest override wins); an override of an interest that was since replaced no longer
 * applies, and overrides never create pairs. The conflicts of an issue are counted exactly but listed only up to
 * {@link ConflictPairs#LINES_PER_ISSUE} (they grow with supporters × opponents); the cells hold every stance, so the
 * full set of lines can be derived from them.
 */
@ApplicationScoped
class InterestMatrixService {

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
                groups.ofInitiative(municipality, initiativeId), interests.matrixRows(municipality, initiativeId),
                overrides.ofInitiative(municipality, initiativeId)));
    }

    static InterestMatrixResponse build(UUID initiativeId, String municipality, List<StakeholderGroupResponse> groups,
            List<InterestRow> interests, List<ConflictOverride> overrides) {
        Map<String, InterestRow> byId = new HashMap<>();
        // issues in the order first raised (interests come oldest first); their labels live in initiative-service
        Map<String, AssessmentInput.Issue> issues = new LinkedHashMap<>();
        List<AssessmentInput.Interest> recorded = new ArrayList<>();
        // one text per group and issue id (100,000 interests name a few thousand of them)
        Map<UUID, String> text = new HashMap<>();
        for (InterestRow i : interests) {
            String id = i.id().toString();
            String issueId = text.computeIfAbsent(i.issueId(), UUID::toString);
            byId.put(id, i);
            issues.computeIfAbsent(issueId, k -> new AssessmentInput.Issue(k, Map.of(), true));
            recorded.add(new AssessmentInput.Interest(id, text.computeIfAbsent(i.groupId(), UUID::toString),
                    issueId, name(i.kind()), name(i.stance()), name(i.evidence()), i.recordedOn(), i.createdAt(),
                    name(i.responseStatus())));
        }
        InterestMatrix matrix = InterestMatrix.of(List.copyOf(issues.values()),
                groups.stream().map(g -> text.computeIfAbsent(g.id(), UUID::toString)).toList(), recorded,
                overrides.stream().map(o -> new AssessmentInput.ConflictOverride(o.id().toString(),
                        o.interestIdA.toString(), o.interestIdB.toString(), name(o.relation))).toList());
        Map<String, ConflictPairs.IssueLines> lines = new HashMap<>();
        for (ConflictPairs.IssueLines l : matrix.conflictLines(issue -> true, ConflictPairs.LINES_PER_ISSUE)) {
            lines.put(l.issueId(), l);
        }

        Map<String, List<InterestMatrixResponse.Cell>> cells = new LinkedHashMap<>();
        for (AssessmentInput.Interest latest : matrix.latest()) {
            InterestRow i = byId.get(latest.id());
            cells.computeIfAbsent(latest.issueId(), k -> new ArrayList<>()).add(new InterestMatrixResponse.Cell(
                    i.groupId(), i.id(), i.stance(), i.kind(), i.evidence(), i.recordedOn(), i.responseStatus()));
        }
        List<InterestMatrixResponse.MatrixIssue> columns = new ArrayList<>();
        for (String issueId : issues.keySet()) {
            ConflictPairs.IssueLines c = lines.get(issueId);
            List<InterestMatrixResponse.ConflictLine> listed = new ArrayList<>();
            for (ConflictPairs.Pair p : c == null ? List.<ConflictPairs.Pair>of() : c.listed()) {
                InterestRow a = byId.get(p.interestA());
                InterestRow b = byId.get(p.interestB());
                listed.add(new InterestMatrixResponse.ConflictLine(a.groupId(), b.groupId(), a.id(), b.id(),
                        a.stance(), b.stance(), p.overrideId() == null ? null : UUID.fromString(p.overrideId())));
            }
            columns.add(new InterestMatrixResponse.MatrixIssue(UUID.fromString(issueId),
                    List.copyOf(cells.getOrDefault(issueId, List.of())), c == null ? 0 : c.pairs(),
                    List.copyOf(listed), c == null ? 0 : c.conflicts(), c != null && c.truncated(),
                    c == null ? 0 : c.overridesApplied()));
        }
        List<InterestMatrixResponse.MatrixGroup> rows = groups.stream()
                .map(g -> new InterestMatrixResponse.MatrixGroup(g.id(), g.name(), g.source(), g.voice())).toList();
        return new InterestMatrixResponse(initiativeId, municipality, rows, List.copyOf(columns));
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }
}
