package nl.speelveld.method;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import nl.speelveld.method.AssessmentInput.ConflictOverride;
import nl.speelveld.method.AssessmentInput.Interest;
import nl.speelveld.method.AssessmentInput.Issue;

/**
 * The stakeholder-issue matrix of docs/method.md (after Bryson): per (group, issue) the latest interest, and the
 * conflict rule over it ({@link ConflictPairs}). The one implementation of both rules: the assessment's FI-6 and FI-8,
 * stakeholder-service's interest matrix and the participation report all read it.
 *
 * <p>Latest interest per (group, issue): latest {@code recordedOn}, then latest {@code createdAt}, then the later one
 * in the input. Interests of a group or issue that is not in the matrix are not read. {@link #latest()} is ordered by
 * issue (input order), then group (input order).
 */
public final class InterestMatrix {

    private static final Comparator<Interest> LATEST = Comparator
            .comparing(Interest::recordedOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Interest::createdAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));

    private final Map<String, Issue> issues = new LinkedHashMap<>();
    private final Map<String, Integer> groupOrder = new LinkedHashMap<>();
    private final Map<String, Integer> issueOrder = new LinkedHashMap<>();
    private final Map<Cell, Interest> latest = new LinkedHashMap<>();
    private final List<Interest> latestInterests;
    private final List<ConflictOverride> overrides;

    private InterestMatrix(List<Issue> issues, List<String> groupIds, List<Interest> interests,
            List<ConflictOverride> overrides) {
        for (String g : groupIds) {
            groupOrder.putIfAbsent(g, groupOrder.size());
        }
        for (Issue i : issues) {
            issueOrder.putIfAbsent(i.id(), issueOrder.size());
            this.issues.putIfAbsent(i.id(), i);
        }
        for (Interest it : interests) {
            if (!groupOrder.containsKey(it.groupId()) || !this.issues.containsKey(it.issueId())) {
                continue;
            }
            Cell key = new Cell(it.groupId(), it.issueId());
            Interest current = latest.get(key);
            if (current == null || LATEST.compare(it, current) >= 0) {
                latest.put(key, it);
            }
        }
        List<Interest> l = new ArrayList<>(latest.values());
        l.sort(Comparator.comparing((Interest i) -> issueOrder.get(i.issueId()))
                .thenComparing(i -> groupOrder.get(i.groupId())));
        this.latestInterests = Collections.unmodifiableList(l);
        this.overrides = List.copyOf(overrides);
    }

    /**
     * The matrix of these issues and groups (each in the order given) over these interests and conflict overrides.
     *
     * @param issues    the issues, in the order rows of the matrix and lists of conflicts follow
     * @param groupIds  the groups, in the order the cells of an issue follow
     * @param interests every interest recorded (history included): the matrix keeps the latest per group and issue
     * @param overrides every conflict override recorded
     */
    public static InterestMatrix of(List<Issue> issues, List<String> groupIds, List<Interest> interests,
            List<ConflictOverride> overrides) {
        return new InterestMatrix(AssessmentInput.copy(issues), AssessmentInput.copy(groupIds),
                AssessmentInput.copy(interests), AssessmentInput.copy(overrides));
    }

    /**
     * A cell of the matrix: a group and an issue. A key of two references to the ids already held (a joined text was
     * a new string per cell: 80,000 of them at 10,000 groups).
     */
    private record Cell(String groupId, String issueId) {
    }

    /** The latest interest per (group, issue), by issue then group. */
    public List<Interest> latest() {
        return latestInterests;
    }

    /** The latest interest of a group on an issue, or null. */
    public Interest latest(String groupId, String issueId) {
        return latest.get(new Cell(groupId, issueId));
    }

    /** The issues, in order. */
    public List<Issue> issues() {
        return List.copyOf(issues.values());
    }

    Issue issue(String id) {
        return issues.get(id);
    }

    List<ConflictOverride> overrides() {
        return overrides;
    }

    /**
     * Pairs and conflicts over the chosen issues, with at most {@code maxListed} conflict lines listed (the totals are
     * always exact).
     */
    public ConflictPairs.Count conflicts(Predicate<Issue> which, int maxListed) {
        return ConflictPairs.count(this, which, maxListed);
    }

    /**
     * The conflict lines per chosen issue (issue order; issues without a voiced interest left out): exact totals
     * and at most {@code perIssue} conflicting pairs listed per issue. Linear: what the interest matrix and the
     * participation report show, whatever the number of groups ({@link ConflictPairs#LINES_PER_ISSUE}).
     */
    public List<ConflictPairs.IssueLines> conflictLines(Predicate<Issue> which, int perIssue) {
        return ConflictPairs.lines(this, which, perIssue);
    }
}
