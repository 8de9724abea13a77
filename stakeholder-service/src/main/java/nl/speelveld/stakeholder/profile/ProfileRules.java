package nl.speelveld.stakeholder.profile;

import nl.speelveld.stakeholder.shared.Violations;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of profiles: categories belong to their dimension (DOMAIN.md's dimension table), no category twice, and
 * per dimension the shares of a population sum to 1 (± 0.01) and the counts of a participant profile to n.
 */
final class ProfileRules {

    static final double SHARE_TOLERANCE = 0.01;

    private ProfileRules() {
    }

    static void checkShares(List<Share> shares, Violations violations) {
        checkCategories(shares, "shares", Share::dimension, Share::category, false, violations);
        Map<ProfileDimension, Double> sums = new LinkedHashMap<>();
        shares.forEach(s -> sums.merge(s.dimension(), s.value(), Double::sum));
        sums.forEach((dimension, sum) -> {
            if (Math.abs(sum - 1.0) > SHARE_TOLERANCE) {
                violations.add("shares", "the shares of dimension " + dimension + " sum to "
                        + String.format(java.util.Locale.ROOT, "%.4f", sum) + "; they must sum to 1 (± 0.01)", "sum");
            }
        });
    }

    static void checkCounts(List<Count> counts, int n, Violations violations) {
        checkCategories(counts, "counts", Count::dimension, Count::category, true, violations);
        Map<ProfileDimension, Long> sums = new LinkedHashMap<>();
        counts.forEach(c -> sums.merge(c.dimension(), (long) c.count(), Long::sum));
        sums.forEach((dimension, sum) -> {
            if (sum != n) {
                violations.add("counts", "the counts of dimension " + dimension + " sum to " + sum
                        + "; they must sum to n (" + n + ")", "sum");
            }
        });
    }

    private static <T> void checkCategories(List<T> rows, String field, Function<T, ProfileDimension> dimension,
            Function<T, String> category, boolean participants, Violations violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ProfileDimension d = dimension.apply(rows.get(i));
            String c = category.apply(rows.get(i));
            if (!d.accepts(c, participants)) {
                violations.add(field + "[" + i + "].category", "'" + c + "' is not a category of " + d + "; allowed: "
                        + d.allowed(participants), "unknown-code");
            } else if (!seen.add(d + "|" + c)) {
                violations.add(field + "[" + i + "].category", "repeats category " + c + " of " + d, "duplicate");
            }
        }
    }
}
