package nl.speelveld.method;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import nl.speelveld.method.AssessmentInput.ConflictOverride;
import nl.speelveld.method.AssessmentInput.Interest;
import nl.speelveld.method.AssessmentInput.Issue;

/**
 * The conflict rule of docs/method.md: pairs and conflicts over a set of issues of an {@link InterestMatrix}. The one
 * implementation, read by FI-6 (in scope), FI-8 (all raised issues), stakeholder-service's interest matrix and the
 * participation report.
 *
 * <p>Per issue, the latest interest of every group with a non-zero stance sign takes part (NEUTRAL and UNKNOWN do
 * not); every two of them form a pair, P = Σ C(k, 2). A pair is a conflict when the signs differ. A
 * {@link ConflictOverride} whose two interest ids are exactly the two interests of a pair (in either order) sets that
 * pair to conflict ({@code CONFLICT}) or to no conflict ({@code COMPATIBLE}); when several match, the last one in the
 * input wins. An override naming an interest that is no longer the latest of its group and issue no longer applies:
 * the person judged statements that have since been replaced. Overrides never create pairs.
 *
 * <p>The count is linear in the number of interests: per issue P = C(k, 2) and, before overrides,
 * C = k⁺ × k⁻ (supporters times opponents); each override that applies then corrects its one pair. Only the first
 * {@link #LISTED} conflicting pairs are listed, in a stable order: issues in input order, then by the input order of
 * the group of the first interest, then of the second. The totals {@code pairs} and {@code conflicts} are always
 * exact; {@link Count#truncated()} tells whether the list is shorter than {@code conflicts}.
 */
public final class ConflictPairs {

    /** At most this many conflicting pairs are listed in an assessment (over all issues together). */
    public static final int LISTED = 50;

    /**
     * At most this many conflicting pairs are listed per issue in stakeholder-service's interest matrix and in the
     * participation report; their totals stay exact. Conflicts grow with supporters × opponents, so a full list
     * would grow quadratically with the number of groups.
     */
    public static final int LINES_PER_ISSUE = 100;

    /**
     * One conflicting pair on an issue; groupA comes before groupB in the input order of groups. {@code overrideId}
     * names the conflict override that made it a conflict, or is null when the opposite stances do.
     */
    public record Pair(String issueId, String groupA, String groupB, String interestA, String interestB,
                       String overrideId) {
    }

    /** The exact totals of one issue. */
    public record IssueCount(long pairs, long conflicts, int overridesApplied) {
    }

    /**
     * The count over the chosen issues: exact totals, the first {@link #LISTED} conflicting pairs in the order
     * described on {@link ConflictPairs}, and the ids of the overrides that corrected a pair.
     */
    public record Count(long pairs, long conflicts, List<Pair> conflictingPairs, int overridesApplied,
                        List<String> overrideIds, Map<String, IssueCount> perIssue) {
        /** C/P, or null when there are no pairs. */
        Exact density() {
            return Exact.ratioOrNull(conflicts, pairs);
        }

        /** Whether fewer pairs are listed than there are conflicts. */
        public boolean truncated() {
            return conflictingPairs.size() < conflicts;
        }
    }

    /** What an override that applies to a pair decides: conflict or not, and which override it is. */
    private record Decision(boolean conflict, String overrideId) {
    }

    private ConflictPairs() {
    }

    /** The count of an assessment: at most {@link #LISTED} conflicting pairs listed. */
    static Count count(Snapshot s, Predicate<Issue> which) {
        return count(s.matrix, which, LISTED);
    }

    static Count count(InterestMatrix m, Predicate<Issue> which, int maxListed) {
        long pairs = 0;
        long conflicts = 0;
        int overrides = 0;
        List<Pair> listed = new ArrayList<>();
        Map<String, IssueCount> perIssue = new LinkedHashMap<>();
        Set<String> overrideIds = new LinkedHashSet<>();
        for (IssueState st : issueStates(m, which, overrideIds)) {
            pairs += st.pairs();
            conflicts += st.conflicts();
            overrides += st.applied();
            perIssue.put(st.issueId(), new IssueCount(st.pairs(), st.conflicts(), st.applied()));
            if (listed.size() < maxListed && st.conflicts() > 0) {
                list(st.issueId(), st.voiced(), st.overrides(), listed, maxListed);
            }
        }
        return new Count(pairs, conflicts, List.copyOf(listed), overrides, List.copyOf(overrideIds),
                Collections.unmodifiableMap(perIssue));
    }

    /**
     * The conflict lines of every chosen issue that has voiced interests, in issue order: exact totals per issue and
     * at most {@code perIssue} conflicting pairs listed per issue (issue order, then group order, as in
     * {@link Count}). Linear in the number of interests and overrides plus the lines listed: the pairs themselves
     * are never enumerated (an issue with 5,000 supporters and 4,000 opponents has 20 million conflicts).
     */
    static List<IssueLines> lines(InterestMatrix m, Predicate<Issue> which, int perIssue) {
        List<IssueLines> out = new ArrayList<>();
        for (IssueState st : issueStates(m, which, new LinkedHashSet<>())) {
            List<Pair> listed = new ArrayList<>();
            if (st.conflicts() > 0) {
                list(st.issueId(), st.voiced(), st.overrides(), listed, perIssue);
            }
            out.add(new IssueLines(st.issueId(), st.pairs(), st.conflicts(), st.applied(), List.copyOf(listed)));
        }
        return List.copyOf(out);
    }

    /**
     * The conflict lines of one issue: exact totals and the first conflicting pairs.
     *
     * @param listed the first conflicting pairs (issue order, then group order), at most the bound asked for
     */
    public record IssueLines(String issueId, long pairs, long conflicts, int overridesApplied, List<Pair> listed) {
        /** Whether fewer pairs are listed than there are conflicts on this issue. */
        public boolean truncated() {
            return listed.size() < conflicts;
        }
    }

    /** One chosen issue: its voiced latest interests in group order, the overrides that apply, and its totals. */
    private record IssueState(String issueId, List<Interest> voiced, Map<Integer, TreeMap<Integer, Decision>> overrides,
            long pairs, long conflicts, int applied) {
    }

    /**
     * Per chosen issue with voiced interests (issue order): P = C(k, 2) and C = k⁺ × k⁻ corrected by each override
     * that applies. Linear in interests and overrides.
     */
    private static List<IssueState> issueStates(InterestMatrix m, Predicate<Issue> which, Set<String> overrideIds) {
        // the voiced latest interests per chosen issue, in group order (latest() is sorted by issue, group)
        Map<String, List<Interest>> voicedByIssue = new HashMap<>();
        for (Interest it : m.latest()) {
            if (Snapshot.sign(it.stance()) != 0 && which.test(m.issue(it.issueId()))) {
                voicedByIssue.computeIfAbsent(it.issueId(), k -> new ArrayList<>()).add(it);
            }
        }
        // where the interests that overrides name stand (only those: a position per voiced interest would be a
        // map of every interest, 130,000 entries at 10,000 groups, for the few that overrides name)
        Set<String> named = new HashSet<>();
        for (ConflictOverride o : m.overrides()) {
            named.add(o.interestIdA());
            named.add(o.interestIdB());
        }
        Map<String, List<Position>> positionsById = new HashMap<>();
        for (List<Interest> voiced : voicedByIssue.values()) {
            for (int i = 0; i < voiced.size(); i++) {
                Interest it = voiced.get(i);
                if (named.contains(it.id())) {
                    positionsById.computeIfAbsent(it.id(), k -> new ArrayList<>()).add(new Position(it.issueId(), i));
                }
            }
        }
        Map<String, Map<Integer, TreeMap<Integer, Decision>>> overridesByIssue = overrides(m, positionsById,
                overrideIds);
        List<IssueState> out = new ArrayList<>();
        for (Issue issue : m.issues()) {
            List<Interest> voiced = voicedByIssue.get(issue.id());
            if (voiced == null) {
                continue;
            }
            long k = voiced.size();
            long pos = voiced.stream().filter(it -> Snapshot.sign(it.stance()) > 0).count();
            long p = k * (k - 1) / 2;
            long c = pos * (k - pos);
            int applied = 0;
            Map<Integer, TreeMap<Integer, Decision>> ov = overridesByIssue.getOrDefault(issue.id(), Map.of());
            for (Map.Entry<Integer, TreeMap<Integer, Decision>> e : ov.entrySet()) {
                int sa = Snapshot.sign(voiced.get(e.getKey()).stance());
                for (Map.Entry<Integer, Decision> f : e.getValue().entrySet()) {
                    boolean base = sa != Snapshot.sign(voiced.get(f.getKey()).stance());
                    c += (f.getValue().conflict() ? 1 : 0) - (base ? 1 : 0);
                    applied++;
                }
            }
            out.add(new IssueState(issue.id(), voiced, ov, p, c, applied));
        }
        return out;
    }

    /**
     * The overrides that apply, per issue, as first position → (second position → conflict), first < second. The
     * last matching override of a pair wins; the ids of the overrides that correct a pair are added to {@code applied}.
     */
    private static Map<String, Map<Integer, TreeMap<Integer, Decision>>> overrides(InterestMatrix m,
            Map<String, List<Position>> positionsById, Set<String> applied) {
        Map<List<String>, ConflictOverride> last = new LinkedHashMap<>();
        for (ConflictOverride o : m.overrides()) {
            if (o.interestIdA() == null || o.interestIdB() == null
                    || !("CONFLICT".equals(o.relation()) || "COMPATIBLE".equals(o.relation()))) {
                continue;
            }
            List<String> key = o.interestIdA().compareTo(o.interestIdB()) <= 0
                    ? List.of(o.interestIdA(), o.interestIdB()) : List.of(o.interestIdB(), o.interestIdA());
            last.put(key, o);
        }
        Map<String, Map<Integer, TreeMap<Integer, Decision>>> out = new HashMap<>();
        for (Map.Entry<List<String>, ConflictOverride> e : last.entrySet()) {
            String idA = e.getKey().get(0);
            String idB = e.getKey().get(1);
            boolean conflict = "CONFLICT".equals(e.getValue().relation());
            for (Position pa : positionsById.getOrDefault(idA, List.of())) {
                for (Position pb : positionsById.getOrDefault(idB, List.of())) {
                    if (!pa.issueId().equals(pb.issueId()) || pa.index() == pb.index()
                            || (idA.equals(idB) && pa.index() > pb.index())) {
                        continue; // not a pair, or the same pair seen the other way round
                    }
                    int lo = Math.min(pa.index(), pb.index());
                    int hi = Math.max(pa.index(), pb.index());
                    out.computeIfAbsent(pa.issueId(), k -> new TreeMap<>())
                            .computeIfAbsent(lo, k -> new TreeMap<>())
                            .put(hi, new Decision(conflict, e.getValue().id()));
                    if (e.getValue().id() != null) {
                        applied.add(e.getValue().id());
                    }
                }
            }
        }
        return out;
    }

    /** Where a voiced interest stands: its issue and its place among the voiced interests of that issue. */
    private record Position(String issueId, int index) {
    }

    /** Adds the conflicting pairs of one issue to {@code listed}, in order, until it holds {@code maxListed}. */
    private static void list(String issueId, List<Interest> voiced, Map<Integer, TreeMap<Integer, Decision>> ov,
            List<Pair> listed, int maxListed) {
        int k = voiced.size();
        int[] signs = new int[k];
        List<Integer> positives = new ArrayList<>();
        List<Integer> negatives = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            signs[i] = Snapshot.sign(voiced.get(i).stance());
            (signs[i] > 0 ? positives : negatives).add(i);
        }
        int nextPos = 0; // first index in positives greater than a
        int nextNeg = 0;
        for (int a = 0; a < k && listed.size() < maxListed; a++) {
            while (nextPos < positives.size() && positives.get(nextPos) <= a) {
                nextPos++;
            }
            while (nextNeg < negatives.size() && negatives.get(nextNeg) <= a) {
                nextNeg++;
            }
            List<Integer> opposite = signs[a] > 0 ? negatives : positives;
            int j = signs[a] > 0 ? nextNeg : nextPos;
            TreeMap<Integer, Decision> corrected = ov.getOrDefault(a, new TreeMap<>());
            var more = corrected.entrySet().iterator();
            Map.Entry<Integer, Decision> nextOverride = more.hasNext() ? more.next() : null;
            while (listed.size() < maxListed && (j < opposite.size() || nextOverride != null)) {
                int b;
                boolean conflict;
                String overrideId = null;
                int plain = j < opposite.size() ? opposite.get(j) : Integer.MAX_VALUE;
                if (nextOverride != null && nextOverride.getKey() <= plain) {
                    b = nextOverride.getKey();
                    conflict = nextOverride.getValue().conflict();
                    overrideId = nextOverride.getValue().overrideId();
                    if (b == plain) {
                        j++;
                    }
                    nextOverride = more.hasNext() ? more.next() : null;
                } else {
                    b = plain;
                    conflict = true;
                    j++;
                }
                if (conflict) {
                    Interest x = voiced.get(a);
                    Interest y = voiced.get(b);
                    listed.add(new Pair(issueId, x.groupId(), y.groupId(), x.id(), y.id(), overrideId));
                }
            }
        }
    }

    /**
     * The listed conflicting pairs as details: [{issueId, issue, groupA:{id,name}, groupB:{id,name}, interestIdA,
     * interestIdB}], at most {@link #LISTED} of them; {@code conflicts} in the same details holds the total.
     */
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

    /** Puts {@code conflictingPairs}, {@code conflictingPairsListed} and {@code truncated} into details. */
    static void putDetails(Map<String, Object> details, Snapshot s, Count c) {
        details.put("conflictingPairs", details(s, c.conflictingPairs()));
        details.put("conflictingPairsListed", c.conflictingPairs().size());
        details.put("truncated", c.truncated());
    }
}
