package nl.speelveld.assessment.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.speelveld.assessment.method.AssessmentInput.ParticipantProfile;
import nl.speelveld.assessment.method.AssessmentInput.PopulationProfile;

/**
 * The dissimilarity index D of one participant profile against its reference, per dimension; shared by FI-5 and
 * RO-4 signal S1.
 *
 * <ul>
 *   <li>Reference per dimension: the first profile in the request's {@code referenceProfileIds} that has a share for
 *       that dimension, else the participant profile's own {@code referenceProfileId} when that has the dimension,
 *       else none (the dimension is skipped). Ids that are not in the snapshot are passed over.</li>
 *   <li>p = count / n (the API guarantees the counts of a dimension sum to n; a profile with n ≤ 0 has no p and all
 *       its dimensions are skipped); q = the reference share as given. Repeated categories are summed.</li>
 *   <li>D = ½ Σ |p − q| over the union of the categories of both sides (participant categories first, in input order).</li>
 *   <li>Under-represented: q ≥ {@code fi5.underRepresented.minShare} and p/q &lt; {@code fi5.underRepresented.maxRatio}.</li>
 *   <li>The headline of one profile is its largest D; on a tie the first dimension in input order.</li>
 * </ul>
 */
final class RepresentationGaps {

    /** The scopes that count for the headline; USERS_REACHED and RESPONDENTS are shown as information only. */
    static final Set<String> HEADLINE_SCOPES = Set.of("CORE_GROUP", "ACTIVE_PARTICIPANTS", "MEMBERS");

    record Category(String category, double p, double q) {
    }

    record Gap(ParticipantProfile profile, String dimension, PopulationProfile reference, double d,
               List<Category> categories, List<String> underRepresented) {
    }

    record ProfileGaps(ParticipantProfile profile, List<Gap> gaps, List<String> skippedDimensions) {
        /** The gap with the largest D, or null. */
        Gap headline() {
            Gap best = null;
            for (Gap g : gaps) {
                if (best == null || g.d() > best.d() + Numbers.EPSILON) {
                    best = g;
                }
            }
            return best;
        }
    }

    private RepresentationGaps() {
    }

    static ProfileGaps of(Snapshot s, ParticipantProfile profile) {
        Set<String> dimensions = new LinkedHashSet<>();
        profile.counts().stream().filter(RepresentationGaps::usable).forEach(c -> dimensions.add(c.dimension()));
        List<Gap> gaps = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String dim : dimensions) {
            PopulationProfile ref = reference(s, profile, dim);
            if (ref == null || profile.n() <= 0) {
                skipped.add(dim);
                continue;
            }
            gaps.add(gap(s.thresholds, profile, dim, ref));
        }
        return new ProfileGaps(profile, List.copyOf(gaps), List.copyOf(skipped));
    }

    static PopulationProfile reference(Snapshot s, ParticipantProfile profile, String dimension) {
        for (String id : s.input.referenceProfileIds()) {
            PopulationProfile p = s.populations.get(id);
            if (p != null && hasDimension(p, dimension)) {
                return p;
            }
        }
        PopulationProfile own = profile.referenceProfileId() == null ? null : s.populations.get(profile.referenceProfileId());
        return own != null && hasDimension(own, dimension) ? own : null;
    }

    /** A count without a dimension or category cannot be placed and is not read. */
    private static boolean usable(ParticipantProfile.Count c) {
        return c.dimension() != null && c.category() != null;
    }

    private static boolean hasDimension(PopulationProfile p, String dimension) {
        return p.shares().stream().anyMatch(sh -> dimension.equals(sh.dimension()));
    }

    static Gap gap(Thresholds t, ParticipantProfile profile, String dimension, PopulationProfile ref) {
        Map<String, Double> p = new LinkedHashMap<>();
        Map<String, Double> q = new LinkedHashMap<>();
        for (ParticipantProfile.Count c : profile.counts()) {
            if (usable(c) && dimension.equals(c.dimension())) {
                p.merge(c.category(), (double) c.count() / profile.n(), Double::sum);
            }
        }
        for (PopulationProfile.Share sh : ref.shares()) {
            if (sh.category() != null && dimension.equals(sh.dimension())) {
                q.merge(sh.category(), sh.value(), Double::sum);
            }
        }
        Set<String> union = new LinkedHashSet<>(p.keySet());
        union.addAll(q.keySet());
        double sum = 0;
        List<Category> cats = new ArrayList<>();
        List<String> under = new ArrayList<>();
        double minShare = t.get("fi5.underRepresented.minShare");
        double maxRatio = t.get("fi5.underRepresented.maxRatio");
        for (String cat : union) {
            double pi = p.getOrDefault(cat, 0.0);
            double qi = q.getOrDefault(cat, 0.0);
            sum += Math.abs(pi - qi);
            cats.add(new Category(cat, pi, qi));
            if (qi > 0 && Numbers.ge(qi, minShare) && Numbers.lt(pi / qi, maxRatio)) {
                under.add(cat);
            }
        }
        return new Gap(profile, dimension, ref, sum / 2, List.copyOf(cats), List.copyOf(under));
    }
}
