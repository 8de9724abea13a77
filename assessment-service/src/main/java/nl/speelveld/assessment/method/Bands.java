package nl.speelveld.assessment.method;

/**
 * The three band rules of DOMAIN.md §3.9, reading their limits from the threshold set:
 * "higher is worse" (LOW if v &lt; lo, MEDIUM if v &lt; hi, else HIGH), "higher is better" (LOW if v ≥ hi, MEDIUM if
 * v ≥ lo, else HIGH) and counts (HIGH from {@code .high}, MEDIUM from {@code .medium}, else LOW). A null value is
 * NOT_COMPUTED.
 */
final class Bands {

    private Bands() {
    }

    /** Keys {@code band.<name>.lo} and {@code band.<name>.hi}. */
    static Band higherIsWorse(Double v, Thresholds t, String name) {
        if (v == null) {
            return Band.NOT_COMPUTED;
        }
        if (Numbers.lt(v, t.get("band." + name + ".lo"))) {
            return Band.LOW;
        }
        return Numbers.lt(v, t.get("band." + name + ".hi")) ? Band.MEDIUM : Band.HIGH;
    }

    /** Keys {@code band.<name>.lo} and {@code band.<name>.hi}. */
    static Band higherIsBetter(Double v, Thresholds t, String name) {
        if (v == null) {
            return Band.NOT_COMPUTED;
        }
        if (Numbers.ge(v, t.get("band." + name + ".hi"))) {
            return Band.LOW;
        }
        return Numbers.ge(v, t.get("band." + name + ".lo")) ? Band.MEDIUM : Band.HIGH;
    }

    /** Keys {@code band.<name>.medium} and {@code band.<name>.high}. */
    static Band count(Integer n, Thresholds t, String name) {
        if (n == null) {
            return Band.NOT_COMPUTED;
        }
        if (Numbers.ge(n, t.get("band." + name + ".high"))) {
            return Band.HIGH;
        }
        return Numbers.ge(n, t.get("band." + name + ".medium")) ? Band.MEDIUM : Band.LOW;
    }
}
