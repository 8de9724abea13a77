package nl.speelveld.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void shouldHoldEveryNumberOfTheMethodInTheDefaultSet() {
        Thresholds t = Thresholds.defaults();
        assertEquals("default-1", t.version());
        assertEquals(Thresholds.knownKeys(), t.values().keySet());
        assertEquals(0.10, t.get("band.fi5.lo"));
        assertEquals(0.20, t.get("band.fi5.hi"));
        assertEquals(0.40, t.get("band.fi6.hi"));
        assertEquals(20, t.integer("fi5.smallSample.n"));
        assertEquals(24, t.integer("ro3.window.months"));
        assertEquals(12, t.integer("ro4.s3.window.months"));
        assertEquals(0.75, t.get("ro4.s5.minAlignment"));
        assertEquals(-2, t.integer("flag.abandonment.maxGap"));
        assertEquals(3, t.integer("fi6.fewPairs"));
        assertEquals(3, t.integer("ro3.fewDecisions"));
        assertEquals(Thresholds.knownKeys().size(), Thresholds.describe().size());
    }

    @Test
    void shouldReplaceOnlyTheOverriddenKeys() {
        Thresholds t = Thresholds.withOverrides("GM0344-2", Map.of("band.fi5.hi", 0.25));
        assertEquals("GM0344-2", t.version());
        assertEquals(0.25, t.get("band.fi5.hi"));
        assertEquals(0.10, t.get("band.fi5.lo"));
    }

    @Test
    void shouldRejectUnknownKeysAndMissingNumbers() {
        assertEquals(List.of("unknown threshold key 'band.fi9.lo'"), Thresholds.problems(Map.of("band.fi9.lo", 1.0)));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.withOverrides("x", Map.of("nope", 1.0)));
        assertThrows(IllegalArgumentException.class,
                () -> Thresholds.withOverrides("x", Map.of("band.fi5.lo", Double.NaN)));
        assertTrue(Thresholds.problems(Map.of("band.fi5.lo", 0.2)).isEmpty());
    }

    @Test
    void shouldChangeTheOutcomeWhenALimitMoves() {
        AssessmentInput in = InputBuilder.input().issues(3, 0).build();
        DilemmaMethod m = new DilemmaMethod();
        assertEquals(Band.MEDIUM, m.assess(in, Thresholds.defaults()).indicator("FI-2").band());
        Thresholds strict = Thresholds.withOverrides("strict", Map.of("band.issues.high", 3.0));
        AssessmentOutcome o = m.assess(in, strict);
        assertEquals(Band.HIGH, o.indicator("FI-2").band());
        assertEquals("strict", o.thresholdSetVersion());
    }
}
