package nl.speelveld.devtools.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChecksTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Checks checks = new Checks(new PrintStream(printed, true, StandardCharsets.UTF_8), false);

    private static JsonNode json(String text) throws Exception {
        return Values.JSON.readTree(text);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void shouldAcceptADecimalWithinTheToleranceAndRejectOneOutsideIt() throws Exception {
        checks.eq("FI-8 conflictDensityAll", json("0.36"), json("0.357"));
        checks.eq("RO-3 value", json("0.35"), json("0.357"));
        assertEquals(1, checks.passed());
        assertEquals(1, checks.failed());
        assertEquals("ok    FI-8 conflictDensityAll: 0.36\nFAIL  RO-3 value: got 0.35, expected 0.357\n", printed());
    }

    @Test
    void shouldCompareAWholeNumberWithADecimalWithinTheTolerance() throws Exception {
        checks.eq("a", json("2.004"), json("2"));
        checks.eq("b", json("2"), json("2.0"));
        checks.eq("c", json("2.01"), json("2"));
        assertEquals(2, checks.passed());
        assertEquals(1, checks.failed());
    }

    @Test
    void shouldCompareWholeNumbersExactly() throws Exception {
        checks.eq("same", json("3"), json("3"));
        checks.eq("other", json("3"), json("2"));
        checks.eq("text is not a number", json("\"2\""), json("2"));
        assertEquals(1, checks.passed());
        assertEquals(2, checks.failed());
    }

    @Test
    void shouldFailAnAbsentValue() throws Exception {
        checks.eq("absent decimal", null, json("0.0"));
        checks.eq("absent code", null, json("\"LOW\""));
        checks.eq("both absent", null, json("null"));
        assertEquals(1, checks.passed());
        assertEquals(2, checks.failed());
        assertEquals("FAIL  absent decimal: got null, expected 0.0\nFAIL  absent code: got null, expected \"LOW\"\n"
                + "ok    both absent: null\n", printed());
    }

    @Test
    void shouldCompareListsInOrder() throws Exception {
        checks.eq("same", json("[\"owners\", \"tenants\"]"), json("[\"owners\",\"tenants\"]"));
        checks.eq("order", json("[\"tenants\", \"owners\"]"), json("[\"owners\",\"tenants\"]"));
        checks.eq("shorter", json("[\"owners\"]"), json("[\"owners\",\"tenants\"]"));
        assertEquals(1, checks.passed());
        assertEquals(2, checks.failed());
    }

    @Test
    void shouldPrintOnlyFailuresWhenQuiet() throws Exception {
        ByteArrayOutputStream quietOut = new ByteArrayOutputStream();
        Checks quiet = new Checks(new PrintStream(quietOut, true, StandardCharsets.UTF_8), true);
        quiet.eq("FI-1 band", json("\"INFO\""), json("\"INFO\""));
        quiet.eq("FI-2 band", json("\"LOW\""), json("\"HIGH\""));
        assertEquals("FAIL  FI-2 band: got \"LOW\", expected \"HIGH\"\n", quietOut.toString(StandardCharsets.UTF_8)
                .replace(System.lineSeparator(), "\n"));
    }
}
