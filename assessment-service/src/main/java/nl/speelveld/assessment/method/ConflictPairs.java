package nl.speelveld.assessment.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import nl.speelveld.assessment.method.AssessmentInput.ConflictOverride;
import nl.speelveld.assessment.method.AssessmentInput.Interest;
import nl.speelveld.assessment.method.AssessmentInput.Issue;

/**
 * Pairs and conflicts over a set of issues, shared by FI-6 (in scope) and FI-8 (all raised issues).
 *
 * <p>Per issue, the latest interest of every group with a non-zero stance sign takes part (NEUTRAL and UNKNOWN do
 * not); every two of them form a pair, P = Σ C(k, 2). A pair is a conflict when the signs differ. A
 * {@link ConflictOverride} whose two interest ids are exactly the two interests of a pair (in either order) sets that
 * pair to conflict ({@code CONFLICT}) or to no conflict ({@code COMPATIBLE}); when several match, the last one in the
 * input wins. An override naming an interest that is no longer the latest of its group and issue no longer applies:
 * the person judged statements that have since been replaced. Overrides never create pairs.
 */
final class ConflictPairs {

    /** One conflicting pair on an issue; groupA comes before groupB in the input order of groups. */
    record Pair(String issueId, String groupA, String groupB, String interestA, String interestB) {
    }

    /** The count over the chosen issues. */
    record Count(int pairs, int conflicts, List<Pair> conflictingPairs, int overridesApplied) {
        /** C/P, or null when there are no pairs. */
        Double density() {
            return pairs == 0 ? null : (double) conflicts / pairs;
        }
    }

    private ConflictPairs() {
    }

    static Count count(Snapshot s, Predicate<Issue> which) {
        int pairs = 0;
        int conflicts = 0;
        int overrides = 0;
        List<Pair> conflicting = new ArrayList<>();
        for (Issue issue : s.issues.values()) {
            if (!which.test(issue)) {
                continue;
            }
            List<Interest> voiced = new ArrayList<>();
            for (Interest it : s.latestInterests) {
                if (it.issueId().equals(issue.id()) && Snapshot.sign(it.stance()) != 0) {
                    voiced.add(it);
                }
            }
            for (int a = 0; a < voiced.size(); a++) {
                for (int b = a + 1; b < voiced.size(); b++) {
                    Interest x = voiced.get(a);
                    Interest y = voiced.get(b);
                    pairs++;
                    boolean conflict = Snapshot.sign(x.stance()) != Snapshot.sign(y.stance());
                    String relation = override(s, x.id(), y.id());
                    if (relation != null) {
                        overrides++;
                        conflict = "CONFLICT".equals(relation);
                    }
                    if (conflict) {
                        conflicts++;
                        conflicting.add(new Pair(issue.id(), x.groupId(), y.groupId(), x.id(), y.id()));
                    }
                }
            }
        }
        return new Count(pairs, conflicts, List.copyOf(conflicting), overrides);
    }

    private static String override(Snapshot s, String a, String b) {
        String relation = null;
        for (ConflictOverride o : s.input.conflictOverrides()) {
            boolean same = (a.equals(o.interestIdA()) && b.equals(o.interestIdB()))
                    || (a.equals(o.interestIdB()) && b.equals(o.interestIdA()));
            if (same && ("CONFLICT".equals(o.relation()) || "COMPATIBLE".equals(o.relation()))) {
                relation = o.relation();
            }
        }
        return relation;
    }

    /** The conflicting pairs as details: [{issueId, issue, groupA:{id,name}, groupB:{id,name}, interestIdA, interestIdB}]. */
    static List<Map<String, Object>> details(Snapshot s, List<Pair> pairs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Pair p : pairs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("issueId", p.issueId());
            m.put("issue", s.issues.get(p.issueId()).label());
            m.put("groupA", s.groupRef(p.groupA()));
            m.put("groupB", s.groupRef(p.groupB()));
            m.put("interestIdA", p.interestA());
            m.put("interestIdB", p.interestB());
            out.add(m);
        }
        return out;
    }
}
