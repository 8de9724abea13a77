package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static nl.speelveld.method.TestSupport.warningCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class RO3AutonomyTest {

    private static InputBuilder decisions(String... by) {
        InputBuilder b = input();
        for (String d : by) {
            b.decision("2026-06-01", d);
        }
        return b;
    }

    @Test
    void shouldBeLowExactlyOnSixtyPercent() {
        RO3Autonomy.Result r = RO3Autonomy.compute(decisions("CITIZENS", "CITIZENS", "CITIZENS", "GOVERNMENT",
                "OTHER_ORGANISATION").snapshot());
        assertEquals(0.6, r.indicator().value());
        assertEquals(Band.LOW, r.band());
        assertEquals(List.of(), warningCodes(r));
    }

    @Test
    void shouldCountJointDecisionsAsHalfAndBeMediumExactlyOnFortyPercent() {
        RO3Autonomy.Result r = RO3Autonomy.compute(decisions("CITIZENS", "JOINT", "JOINT", "GOVERNMENT",
                "GOVERNMENT").snapshot());
        assertEquals(0.4, r.indicator().value());
        assertEquals(Band.MEDIUM, r.band());
        assertEquals(2, r.byGovernment());
    }

    @Test
    void shouldBeHighBelowFortyPercent() {
        RO3Autonomy.Result r = RO3Autonomy.compute(decisions("JOINT", "GOVERNMENT", "GOVERNMENT").snapshot());
        assertEquals(0.167, r.indicator().value());
        assertEquals(Band.HIGH, r.band());
    }

    @Test
    void shouldCountOnlyDecisionsInTheTwentyFourMonthsUpToAsOf() {
        RO3Autonomy.Result r = RO3Autonomy.compute(input()
                .decision("2024-11-01", "CITIZENS") // exactly 24 months back: in
                .decision("2024-10-31", "GOVERNMENT") // one day earlier: out
                .decision("2026-11-01", "CITIZENS") // on asOf: in
                .decision("2026-11-02", "GOVERNMENT") // after asOf: out
                .decision("2025-06-01", "GOVERNMENT")
                .snapshot());
        assertEquals(3, r.decisions());
        assertEquals(0.667, r.indicator().value());
    }

    @Test
    void shouldWarnAboutFewDecisions() {
        RO3Autonomy.Result r = RO3Autonomy.compute(decisions("CITIZENS", "CITIZENS").snapshot());
        assertEquals(1.0, r.indicator().value());
        assertEquals(List.of("FEW_DECISIONS"), warningCodes(r));
    }

    @Test
    void shouldNotComputeWithoutDecisions() {
        RO3Autonomy.Result r = RO3Autonomy.compute(input().decision("2020-01-01", "CITIZENS").snapshot());
        assertNull(r.indicator().value());
        assertEquals(Band.NOT_COMPUTED, r.band());
        assertEquals(List.of("FEW_DECISIONS"), warningCodes(r));
    }

    @Test
    void shouldGiveTheFundingShareOnlyWithBothAmounts() {
        assertEquals(0, RO3Autonomy.compute(input().budget(8000L, 6000L).snapshot()).fundingShare().compareTo(0.75));
        assertNull(RO3Autonomy.compute(input().budget(null, 6000L).snapshot()).fundingShare());
        assertNull(RO3Autonomy.compute(input().budget(0L, 0L).snapshot()).fundingShare());
    }
}
