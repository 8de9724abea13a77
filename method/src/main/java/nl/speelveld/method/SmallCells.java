package nl.speelveld.method;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.speelveld.method.RepresentationGaps.Category;

/**
 * Small cells (docs/method.md, AVG): what the method publishes (assessment {@code details} and formulas) never shows a
 * participant-profile count below {@link #MIN}, nor a share p from which such a count can be worked back with n.
 *
 * <p>The rule, per dimension of one profile, on the categories as compared:
 * <ol>
 *   <li>every category with 1 to {@code MIN − 1} participants is merged into one category {@link #OTHER_SMALL};</li>
 *   <li>when the merged categories together still hold fewer than {@code MIN} participants, the smallest remaining
 *       category with participants (on a tie the last one) is merged too, until the merged total reaches {@code MIN}
 *       or nothing is left (secondary suppression: otherwise the merged total, or a lone merged category, could be
 *       worked back);</li>
 *   <li>categories with 0 participants are shown as they are: they count nobody (and p = 0 against a large q is the
 *       finding the indicator exists for).</li>
 * </ol>
 * {@code OTHER_SMALL} shows the summed p and q and the names of the merged categories (names are not counts). It is
 * placed where the first merged category stood. D and the under-represented list are always computed on the full
 * counts, before this merge.
 */
final class SmallCells {

    /** The smallest count that may be shown. */
    static final int MIN = 5;
    static final String OTHER_SMALL = "OTHER_SMALL";

    /** One category as shown: p and q, and for OTHER_SMALL the categories it holds. */
    record Shown(String category, Exact p, BigDecimal q, List<String> mergedCategories) {
        boolean merged() {
            return !mergedCategories.isEmpty();
        }
    }

    private SmallCells() {
    }

    static List<Shown> shown(List<Category> categories) {
        List<Category> small = new ArrayList<>();
        int mergedCount = 0;
        for (Category c : categories) {
            if (c.count() > 0 && c.count() < MIN) {
                small.add(c);
                mergedCount += c.count();
            }
        }
        if (small.isEmpty()) {
            return categories.stream().map(c -> new Shown(c.category(), c.p(), c.q(), List.of())).toList();
        }
        List<Category> rest = new ArrayList<>(categories.stream()
                .filter(c -> c.count() >= MIN).sorted(Comparator.comparingInt(Category::count)).toList());
        while (mergedCount < MIN && !rest.isEmpty()) {
            int smallest = rest.get(0).count();
            Category next = rest.stream().filter(c -> c.count() == smallest).reduce((a, b) -> b).orElseThrow();
            rest.remove(next);
            small.add(next);
            mergedCount += next.count();
        }
        List<Shown> out = new ArrayList<>();
        boolean placed = false;
        for (Category c : categories) {
            if (!small.contains(c)) {
                out.add(new Shown(c.category(), c.p(), c.q(), List.of()));
            } else if (!placed) {
                placed = true;
                Exact p = Exact.ZERO;
                BigDecimal q = BigDecimal.ZERO;
                List<String> names = new ArrayList<>();
                for (Category m : categories) {
                    if (small.contains(m)) {
                        p = p.plus(m.p());
                        q = q.add(m.q());
                        names.add(m.category());
                    }
                }
                out.add(new Shown(OTHER_SMALL, p, q, List.copyOf(names)));
            }
        }
        return out;
    }
}
