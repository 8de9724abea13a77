package nl.speelveld.method;

/**
 * The band of one indicator or the level of one risk. Serialized by its name, which is the API code.
 * {@link #INFO} is only used for FI-1 (scope coverage), which feeds the position and has no band of its own.
 * {@link #NOT_COMPUTED} means the input data did not allow the value; such a band never counts in a risk maximum.
 */
public enum Band {
    LOW, MEDIUM, HIGH, INFO, NOT_COMPUTED;

    /** Whether this band takes part in a risk maximum (LOW, MEDIUM or HIGH). */
    public boolean isRated() {
        return this == LOW || this == MEDIUM || this == HIGH;
    }

    /** Whether this band is MEDIUM or HIGH: the "≥ MED" of the question triggers. */
    public boolean atLeastMedium() {
        return this == MEDIUM || this == HIGH;
    }

    /** The highest rated band among the given ones, or NOT_COMPUTED when none is rated. */
    public static Band max(Iterable<Band> bands) {
        Band best = NOT_COMPUTED;
        for (Band b : bands) {
            if (b.isRated() && (best == NOT_COMPUTED || b.ordinal() > best.ordinal())) {
                best = b;
            }
        }
        return best;
    }
}
