package nl.speelveld.assessment.method;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding and comparison in one place. Ratios such as 1/3 or 0.05/0.10 are not exact in binary floating point, so a
 * value that is meant to sit exactly on a threshold could land a hair on the wrong side. All comparisons with a
 * threshold therefore treat differences below {@link #EPSILON} as equality; all outputs are rounded half-up.
 */
final class Numbers {

    /** Differences smaller than this count as equal when comparing with a threshold. */
    static final double EPSILON = 1e-9;

    private Numbers() {
    }

    /** a &lt; b, with a value within EPSILON of b counting as equal (so not less). */
    static boolean lt(double a, double b) {
        return a < b - EPSILON;
    }

    /** a ≥ b, with a value within EPSILON of b counting as equal. */
    static boolean ge(double a, double b) {
        return !lt(a, b);
    }

    /** a ≤ b, with a value within EPSILON of b counting as equal. */
    static boolean le(double a, double b) {
        return a <= b + EPSILON;
    }

    /** Rounded half-up to 3 decimals: the form in which ratios appear in the output. */
    static Double round3(Double v) {
        if (v == null) {
            return null;
        }
        return clean(v).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    /** Rounded half-up to a whole number, after removing float noise (so 42.4999999999 from 0.85 × 50 gives 43). */
    static int roundHalfUp(double v) {
        return clean(v).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    private static BigDecimal clean(double v) {
        return BigDecimal.valueOf(v).setScale(9, RoundingMode.HALF_UP);
    }

    /** A number as plain text with at most 3 decimals and no trailing zeros, dot as decimal separator. */
    static String plain(double v) {
        BigDecimal d = clean(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        return d.toPlainString();
    }

    /** A number or "null" for formulas. */
    static String plain(Number v) {
        return v == null ? "null" : plain(v.doubleValue());
    }

    /** A number with exactly two decimals for human text, comma in Dutch and dot in English. */
    static String twoDecimals(double v, String language) {
        String s = clean(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return "nl".equals(language) ? s.replace('.', ',') : s;
    }
}
