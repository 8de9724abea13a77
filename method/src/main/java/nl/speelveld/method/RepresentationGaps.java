package nl.speelveld.method;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.speelveld.method.AssessmentInput.ParticipantProfile;
import nl.speelveld.method.AssessmentInput.PopulationProfile;

/**
 * The dissimilarity index D of one participant profile against its reference, per dimension; shared by FI-5 and
 * RO-4 signal S1.
 *
 * <ul>
 *   <li>Reference per dimension (docs/method.md): when the request lists {@code referenceProfileIds},
 *       those <em>replace</em> every profile's own reference: the first listed profile that has a share for the
 *       dimension, else none. When the request lists none: the participant profile's own {@code referenceProfileId}
 *       when that has the dimension, else none. A dimension without a reference is skipped. Listed ids that are not in
 *       the snapshot are passed over.</li>
 *   <li>p = count / n (the API guarantees the counts of a dimension sum to n; a profile with n ≤ 0 has no p and all
 *       its dimensions are skipped); q = the reference share as given. Repeated categories are summed.</li>
 *   <li>D = ½ Σ |p − q| over the union of the categories of both sides (participant categories first, in input order),
 *       kept exact as ½ Σ |count − n·q| / n ({@link Exact}).</li>
 *   <li>Under-represented: q ≥ {@code fi5.underRepresented.minShare} and p/q &lt; {@code fi5.underRepresented.maxRatio},
 *       decided exactly as count &lt; maxRatio · q · n; always on the full counts.</li>
 *   <li>The headline of one profile is its largest D; on a tie the first dimension in input order.</li>
 * </ul>
 */
final class RepresentationGaps {

    /** The scopes that count for the headline; USERS_REACHED and RESPONDENTS are shown as information only. */
    static final Set<String> HEADLINE_SCOPES = Set.of("CORE_GROUP", "ACTIVE_PARTICIPANTS", "MEMBERS");

    /** One category: the participants' count and share p, and the reference share q. */
    record Category(String category, int count, Exact p, BigDecimal q) {
    }

    record Gap(ParticipantProfile profile, String dimension, PopulationProfile reference, Exact d,
               List<Category> categories, List<String> underRepresented) {
    }

    record ProfileGaps(ParticipantProfile profile, List<Gap> gaps, List<String> skippedDimensions) {
        /** The gap with the largest D, or null. */
        Gap headline() {
            Gap best = null;
            for (Gap g : gaps) {
                if (best == null || g.d().compareTo(best.d()) > 0) {
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
        if (!s.input.referenceProfileIds().isEmpty()) {
            // the caller chose the population to judge against: it replaces every profile's own reference
            for (String id : s.input.referenceProfileIds()) {
                PopulationProfile p = s.populations.get(id);
                if (p != null && hasDimension(p, dimension)) {
                    return p;
                }
            }
            return null;
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
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> q = new LinkedHashMap<>();
        for (ParticipantProfile.Count c : profile.counts()) {
            if (usable(c) && dimension.equals(c.dimension())) {
                counts.merge(c.category(), c.count(), Integer::sum);
            }
        }
        for (PopulationProfile.Share sh : ref.shares()) {
            if (sh.category() != null && dimension.equals(sh.dimension())) {
                q.merge(sh.category(), BigDecimal.valueOf(sh.value()), BigDecimal::add);
            }
        }
        Set<String> union = new LinkedHashSet<>(counts.keySet());
        union.addAll(q.keySet());
        BigDecimal n = BigDecimal.valueOf(profile.n());
        BigDecimal deviation = BigDecimal.ZERO; // Σ |count − n·q|
        List<Category> cats = new ArrayList<>();
        List<String> under = new ArrayList<>();
        double minShare = t.get("fi5.underRepresented.minShare");
        BigDecimal maxRatio = BigDecimal.valueOf(t.get("fi5.underRepresented.maxRatio"));
        for (String cat : union) {
            int count = counts.getOrDefault(cat, 0);
            BigDecimal qi = q.getOrDefault(cat, BigDecimal.ZERO);
            BigDecimal expected = n.multiply(qi);
            deviation = deviation.add(BigDecimal.valueOf(count).subtract(expected).abs());
            cats.add(new Category(cat, count, Exact.ratio(count, profile.n()), qi));
            boolean large = qi.signum() > 0 && qi.compareTo(BigDecimal.valueOf(minShare)) >= 0;
            if (large && BigDecimal.valueOf(count).compareTo(maxRatio.multiply(expected)) < 0) {
                under.add(cat);
            }
        }
        Exact d = new Exact(deviation, n.multiply(BigDecimal.valueOf(2)));
        return new Gap(profile, dimension, ref, d, List.copyOf(cats), List.copyOf(under));
    }
}
