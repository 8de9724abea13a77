package nl.speelveld.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import nl.speelveld.method.AssessmentInput.ConflictOverride;
import nl.speelveld.method.AssessmentInput.Interest;
import nl.speelveld.method.AssessmentInput.Issue;
import org.junit.jupiter.api.Test;

/**
 * The pair count on generated inputs: exact against the plain O(k²) count on a small input, and on a large one
 * (2,000 groups, 20,000 interests) exact totals with a bounded list. No timing is asserted.
 */
class ConflictPairsScaleTest {

    private static final int ISSUES = 10;

    /** groups × 10 issues (7 in scope); 40 % support, 30 % oppose, the rest neutral or unknown. */
    private static InputBuilder generated(int groups, long seed, boolean withHistoryAndOverrides) {
        Random r = new Random(seed);
        InputBuilder b = InputBuilder.input();
        for (int i = 1; i <= ISSUES; i++) {
            b.issue("i" + i, i <= 7);
        }
        for (int g = 1; g <= groups; g++) {
            b.group("g" + g, "BROADER_PUBLIC", "ACTIVELY_INVOLVED");
        }
        List<String> ids = new ArrayList<>();
        for (int g = 1; g <= groups; g++) {
            for (int i = 1; i <= ISSUES; i++) {
                String id = "x-" + g + "-" + i;
                if (withHistoryAndOverrides && r.nextInt(5) == 0) {
                    b.interest("old-" + g + "-" + i, "g" + g, "i" + i, stance(r), "MEETING", null, "2026-01-01");
                    ids.add("old-" + g + "-" + i);
                }
                b.interest(id, "g" + g, "i" + i, stance(r), "MEETING", null, "2026-10-01");
                ids.add(id);
            }
        }
        if (withHistoryAndOverrides) {
            for (int o = 0; o < 400; o++) {
                // mostly on the same issue, so they apply; some name replaced interests or a wrong relation
                int issue = 1 + r.nextInt(ISSUES);
                String a = "x-" + (1 + r.nextInt(groups)) + "-" + issue;
                String c = (r.nextInt(10) == 0 ? "old-" : "x-") + (1 + r.nextInt(groups)) + "-" + issue;
                String relation = switch (r.nextInt(7)) {
                    case 0 -> "UNRELATED";
                    case 1, 2, 3 -> "CONFLICT";
                    default -> "COMPATIBLE";
                };
                b.override(a, c, relation);
                if (r.nextInt(20) == 0) {
                    b.override(ids.get(r.nextInt(ids.size())), ids.get(r.nextInt(ids.size())), "CONFLICT");
                }
            }
        }
        return b;
    }

    private static String stance(Random r) {
        int p = r.nextInt(100);
        if (p < 40) {
            return p < 25 ? "SUPPORT" : "STRONGLY_SUPPORT";
        }
        if (p < 70) {
            return p < 55 ? "OPPOSE" : "STRONGLY_OPPOSE";
        }
        return p < 90 ? "NEUTRAL" : "UNKNOWN";
    }

    /** The definition taken literally: every two voiced latest interests per issue, overrides checked per pair. */
    private static ConflictPairs.Count bruteForce(Snapshot s, Predicate<Issue> which) {
        long pairs = 0;
        long conflicts = 0;
        int overrides = 0;
        java.util.Set<String> overrideIds = new java.util.LinkedHashSet<>();
        java.util.Map<String, ConflictPairs.IssueCount> perIssue = new java.util.LinkedHashMap<>();
        List<ConflictPairs.Pair> conflicting = new ArrayList<>();
        for (Issue issue : s.issues.values()) {
            if (!which.test(issue)) {
                continue;
            }
            List<Interest> voiced = s.latestInterests.stream()
                    .filter(it -> it.issueId().equals(issue.id()) && Snapshot.sign(it.stance()) != 0).toList();
            long issuePairs = 0;
            long issueConflicts = 0;
            int issueOverrides = 0;
            for (int a = 0; a < voiced.size(); a++) {
                for (int b = a + 1; b < voiced.size(); b++) {
                    Interest x = voiced.get(a);
                    Interest y = voiced.get(b);
                    pairs++;
                    issuePairs++;
                    boolean conflict = Snapshot.sign(x.stance()) != Snapshot.sign(y.stance());
                    String relation = null;
                    String overrideId = null;
                    for (ConflictOverride o : s.input.conflictOverrides()) {
                        boolean same = (x.id().equals(o.interestIdA()) && y.id().equals(o.interestIdB()))
                                || (x.id().equals(o.interestIdB()) && y.id().equals(o.interestIdA()));
                        if (same && ("CONFLICT".equals(o.relation()) || "COMPATIBLE".equals(o.relation()))) {
                            relation = o.relation();
                            overrideId = o.id();
                        }
                    }
                    if (relation != null) {
                        overrides++;
                        issueOverrides++;
                        overrideIds.add(overrideId);
                        conflict = "CONFLICT".equals(relation);
                    }
                    if (conflict) {
                        conflicts++;
                        issueConflicts++;
                        conflicting.add(new ConflictPairs.Pair(issue.id(), x.groupId(), y.groupId(), x.id(), y.id(),
                                relation == null ? null : overrideId));
                    }
                }
            }
            if (!voiced.isEmpty()) {
                perIssue.put(issue.id(), new ConflictPairs.IssueCount(issuePairs, issueConflicts, issueOverrides));
            }
        }
        return new ConflictPairs.Count(pairs, conflicts, conflicting, overrides, List.copyOf(overrideIds), perIssue);
    }

    @Test
    void shouldCountExactlyAsThePlainDefinitionOnASmallGeneratedInput() {
        for (long seed = 1; seed <= 5; seed++) {
            Snapshot s = generated(60, seed, true).snapshot();
            for (Predicate<Issue> which : List.<Predicate<Issue>>of(Issue::inScope, i -> true)) {
                ConflictPairs.Count fast = ConflictPairs.count(s, which);
                ConflictPairs.Count brute = bruteForce(s, which);
                assertEquals(brute.pairs(), fast.pairs(), "pairs, seed " + seed);
                assertEquals(brute.conflicts(), fast.conflicts(), "conflicts, seed " + seed);
                assertEquals(brute.overridesApplied(), fast.overridesApplied(), "overrides, seed " + seed);
                assertEquals(java.util.Set.copyOf(brute.overrideIds()), java.util.Set.copyOf(fast.overrideIds()),
                        "override ids, seed " + seed);
                assertEquals(brute.perIssue(), fast.perIssue(), "per issue, seed " + seed);
                assertTrue(fast.overridesApplied() > 0);
                // the listed pairs are the first ones of the full list, in the same order
                assertEquals(brute.conflictingPairs().subList(0, ConflictPairs.LISTED), fast.conflictingPairs());
                assertTrue(fast.truncated());
            }
        }
    }

    @Test
    void shouldListEveryConflictingPairWhenThereAreFew() {
        for (long seed = 1; seed <= 20; seed++) {
            Snapshot s = generated(4, seed, true).snapshot();
            ConflictPairs.Count fast = ConflictPairs.count(s, Issue::inScope);
            List<ConflictPairs.Pair> all = bruteForce(s, Issue::inScope).conflictingPairs();
            assertEquals(all.subList(0, Math.min(all.size(), ConflictPairs.LISTED)), fast.conflictingPairs());
            assertEquals(all.size() > ConflictPairs.LISTED, fast.truncated());
        }
    }

    @Test
    void shouldKeepExactTotalsAndABoundedListOnALargeInput() {
        AssessmentInput input = generated(2_000, 42, false).build();
        assertEquals(20_000, input.interests().size());
        Snapshot s = new Snapshot(input, Thresholds.defaults());
        long pairs = 0;
        long conflicts = 0;
        for (int i = 1; i <= 7; i++) {
            String issue = "i" + i;
            long pos = input.interests().stream()
                    .filter(it -> issue.equals(it.issueId()) && Snapshot.sign(it.stance()) > 0).count();
            long neg = input.interests().stream()
                    .filter(it -> issue.equals(it.issueId()) && Snapshot.sign(it.stance()) < 0).count();
            pairs += (pos + neg) * (pos + neg - 1) / 2;
            conflicts += pos * neg;
        }
        FI6ConflictDensity.Result fi6 = FI6ConflictDensity.compute(s);
        assertEquals(pairs, fi6.count().pairs());
        assertEquals(conflicts, fi6.count().conflicts());
        Map<String, Object> details = fi6.indicator().details();
        assertEquals(conflicts, ((Number) details.get("conflicts")).longValue());
        assertEquals(pairs, ((Number) details.get("pairs")).longValue());
        assertEquals(ConflictPairs.LISTED, ((List<?>) details.get("conflictingPairs")).size());
        assertEquals(ConflictPairs.LISTED, details.get("conflictingPairsListed"));
        assertEquals(true, details.get("truncated"));

        AssessmentOutcome outcome = new DilemmaMethod().assess(input, Thresholds.defaults());
        for (String code : List.of("FI-6", "FI-8")) {
            Map<String, Object> d = outcome.indicator(code).details();
            assertEquals(ConflictPairs.LISTED, ((List<?>) d.get("conflictingPairs")).size(), code);
            assertEquals(true, d.get("truncated"), code);
        }
    }

    @Test
    void shouldListTheFirstLinesOfEachIssueWithExactTotals() {
        for (long seed = 1; seed <= 5; seed++) {
            Snapshot s = generated(60, seed, true).snapshot();
            List<ConflictPairs.Pair> all = bruteForce(s, i -> true).conflictingPairs();
            Map<String, ConflictPairs.IssueCount> totals = bruteForce(s, i -> true).perIssue();
            for (int bound : List.of(0, 3, 100, Integer.MAX_VALUE)) {
                List<ConflictPairs.IssueLines> lines = s.matrix.conflictLines(i -> true, bound);
                assertEquals(List.copyOf(totals.keySet()), lines.stream().map(ConflictPairs.IssueLines::issueId)
                        .toList(), "issues in order, seed " + seed);
                for (ConflictPairs.IssueLines l : lines) {
                    ConflictPairs.IssueCount t = totals.get(l.issueId());
                    assertEquals(t.pairs(), l.pairs());
                    assertEquals(t.conflicts(), l.conflicts());
                    assertEquals(t.overridesApplied(), l.overridesApplied());
                    List<ConflictPairs.Pair> ofIssue = all.stream().filter(p -> p.issueId().equals(l.issueId()))
                            .toList();
                    assertEquals(ofIssue.subList(0, (int) Math.min(ofIssue.size(), bound)), l.listed(),
                            "the first lines of " + l.issueId() + " in order, bound " + bound);
                    assertEquals(ofIssue.size() > bound, l.truncated());
                }
            }
        }
    }

    @Test
    void shouldKeepTheLinesOfALargeMatrixBoundedAndTheirTotalsExact() {
        AssessmentInput input = generated(5_000, 7, false).build();
        Snapshot s = new Snapshot(input, Thresholds.defaults());
        List<ConflictPairs.IssueLines> lines = s.matrix.conflictLines(i -> true, ConflictPairs.LINES_PER_ISSUE);
        assertEquals(ISSUES, lines.size());
        for (ConflictPairs.IssueLines l : lines) {
            String issue = l.issueId();
            long pos = input.interests().stream()
                    .filter(it -> issue.equals(it.issueId()) && Snapshot.sign(it.stance()) > 0).count();
            long neg = input.interests().stream()
                    .filter(it -> issue.equals(it.issueId()) && Snapshot.sign(it.stance()) < 0).count();
            assertEquals(pos * neg, l.conflicts(), issue);
            assertEquals((pos + neg) * (pos + neg - 1) / 2, l.pairs(), issue);
            assertEquals(ConflictPairs.LINES_PER_ISSUE, l.listed().size(), issue);
            assertTrue(l.truncated());
            assertFalse(l.listed().stream().anyMatch(p -> !issue.equals(p.issueId())));
        }
    }
}
