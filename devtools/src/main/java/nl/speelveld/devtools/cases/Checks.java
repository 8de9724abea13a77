package nl.speelveld.devtools.cases;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;

/**
 * The checks of one case run and their counts. A failed check prints one line,
 * {@code FAIL  <what>: got <actual>, expected <expected>} (values as JSON); a passed one prints
 * {@code ok    <what>: <actual>} unless quiet.
 */
public final class Checks {

    /** Two numbers are equal within this distance when either of them is written as a floating-point number. */
    public static final double TOLERANCE = 0.005;

    private final PrintStream out;
    private final boolean quiet;
    private int passed;
    private int failed;

    public Checks(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /**
     * Checks that {@code actual} equals {@code expected}. When either is a floating-point number, both must be
     * numbers (or convert to one) within {@link #TOLERANCE}; otherwise they must be equal by value (numbers
     * numerically, lists in order, objects field by field). An absent value is {@code null}.
     */
    public void eq(String what, JsonNode actual, JsonNode expected) {
        JsonNode a = Values.orNull(actual);
        JsonNode e = Values.orNull(expected);
        boolean ok;
        if (Values.isFloat(a) || Values.isFloat(e)) {
            Double x = Values.toFloat(a);
            Double y = Values.toFloat(e);
            ok = !a.isNull() && !e.isNull() && x != null && y != null && Math.abs(x - y) <= TOLERANCE;
        } else {
            ok = Values.same(a, e);
        }
        record(ok, what, a, e);
    }

    /** Counts a check whose outcome the caller decided. */
    public void record(boolean ok, String what, JsonNode actual, JsonNode expected) {
        if (ok) {
            passed++;
            if (!quiet) {
                out.println("ok    " + what + ": " + Values.text(actual));
            }
        } else {
            failed++;
            out.println("FAIL  " + what + ": got " + Values.json(actual) + ", expected " + Values.json(expected));
        }
    }

    public int passed() {
        return passed;
    }

    public int failed() {
        return failed;
    }
}
