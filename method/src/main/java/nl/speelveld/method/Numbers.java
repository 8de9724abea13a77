package nl.speelveld.method;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding and number text in one place; all outputs are rounded half-up. Comparisons with thresholds are not here:
 * they are exact, on {@link Exact}.
 */
final class Numbers {

    private Numbers() {
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

    /** An exact value with exactly two decimals (half-up) for human text, comma in Dutch and dot in English. */
    static String twoDecimals(Exact v, String language) {
        String s = v.rounded(2).toPlainString();
        return "nl".equals(language) ? s.replace('.', ',') : s;
    }
}
