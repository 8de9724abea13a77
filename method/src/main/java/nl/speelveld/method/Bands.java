package nl.speelveld.method;

/**
 * The three band rules of docs/method.md, reading their limits from the threshold set:
 * "higher is worse" (LOW if v &lt; lo, MEDIUM if v &lt; hi, else HIGH), "higher is better" (LOW if v ≥ hi, MEDIUM if
 * v ≥ lo, else HIGH) and counts (HIGH from {@code .high}, MEDIUM from {@code .medium}, else LOW). A null value is
 * NOT_COMPUTED. Every comparison is exact ({@link Exact}): a band is never taken on a rounded or binary value.
 */
final class Bands {

    private Bands() {
    }

    /** Keys {@code band.<name>.lo} and {@code band.<name>.hi}. */
    static Band higherIsWorse(Exact v, Thresholds t, String name) {
        if (v == null) {
            return Band.NOT_COMPUTED;
        }
        if (v.lt(t.get("band." + name + ".lo"))) {
            return Band.LOW;
        }
        return v.lt(t.get("band." + name + ".hi")) ? Band.MEDIUM : Band.HIGH;
    }

    /** Keys {@code band.<name>.lo} and {@code band.<name>.hi}. */
    static Band higherIsBetter(Exact v, Thresholds t, String name) {
        if (v == null) {
            return Band.NOT_COMPUTED;
        }
        if (v.ge(t.get("band." + name + ".hi"))) {
            return Band.LOW;
        }
        return v.ge(t.get("band." + name + ".lo")) ? Band.MEDIUM : Band.HIGH;
    }

    /** Keys {@code band.<name>.medium} and {@code band.<name>.high}. */
    static Band count(Integer n, Thresholds t, String name) {
        if (n == null) {
            return Band.NOT_COMPUTED;
        }
        if (Exact.of(n).ge(t.get("band." + name + ".high"))) {
            return Band.HIGH;
        }
        return Exact.of(n).ge(t.get("band." + name + ".medium")) ? Band.MEDIUM : Band.LOW;
    }
}
