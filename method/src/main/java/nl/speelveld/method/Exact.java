package nl.speelveld.method;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact value of the method: a fraction {@code num / den} of two decimals, with {@code den > 0}. docs/method.md
 * ("Exactness") takes bands on the exact value, never on a rounded one, so every value that is compared with a
 * threshold is kept as the fraction it is (3 / 4, (161 − 175 × 0.62) / 175, …) and compared by cross-multiplying
 * with the threshold as the decimal it was written as ({@link BigDecimal#valueOf(double)}). A double never decides a
 * band; doubles only carry the value to the output, rounded half-up to 3 decimals.
 */
record Exact(BigDecimal num, BigDecimal den) implements Comparable<Exact> {

    static final Exact ZERO = new Exact(BigDecimal.ZERO, BigDecimal.ONE);

    Exact {
        if (den.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + den);
        }
    }

    /** a / b of two counts; b must be positive. */
    static Exact ratio(long a, long b) {
        return new Exact(BigDecimal.valueOf(a), BigDecimal.valueOf(b));
    }

    /** a / b, or null when b is zero (nothing to divide by: the value is not computed). */
    static Exact ratioOrNull(long a, long b) {
        return b == 0 ? null : ratio(a, b);
    }

    /** A whole number. */
    static Exact of(long v) {
        return ratio(v, 1);
    }

    /** A decimal as it was written (a share, a threshold): 0.1 is exactly one tenth. */
    static Exact of(double decimal) {
        return new Exact(BigDecimal.valueOf(decimal), BigDecimal.ONE);
    }

    Exact plus(Exact o) {
        return new Exact(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Exact minus(Exact o) {
        return new Exact(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Exact times(BigDecimal factor) {
        return new Exact(num.multiply(factor), den);
    }

    Exact dividedBy(long divisor) {
        return divisor < 0 ? new Exact(num.negate(), den.multiply(BigDecimal.valueOf(-divisor)))
                : new Exact(num, den.multiply(BigDecimal.valueOf(divisor)));
    }

    Exact abs() {
        return num.signum() < 0 ? new Exact(num.negate(), den) : this;
    }

    @Override
    public int compareTo(Exact o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /** Compared with a threshold written as a decimal. */
    int compareTo(double threshold) {
        return num.compareTo(BigDecimal.valueOf(threshold).multiply(den));
    }

    boolean lt(double threshold) {
        return compareTo(threshold) < 0;
    }

    boolean ge(double threshold) {
        return compareTo(threshold) >= 0;
    }

    boolean le(double threshold) {
        return compareTo(threshold) <= 0;
    }

    /** Rounded half-up to this many decimals, from the exact value. */
    BigDecimal rounded(int decimals) {
        return num.divide(den, decimals, RoundingMode.HALF_UP);
    }

    /** The value to show: rounded half-up to 3 decimals. */
    double round3() {
        return rounded(3).doubleValue();
    }

    /** As a percentage, rounded half-up to a whole number from the exact value (0.425 is 43). */
    int percent() {
        return times(BigDecimal.valueOf(100)).rounded(0).intValueExact();
    }

    /** {@link #round3()} of a value that may be missing. */
    static Double round3(Exact v) {
        return v == null ? null : v.round3();
    }
}
