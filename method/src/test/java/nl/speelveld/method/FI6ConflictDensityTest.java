package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static nl.speelveld.method.TestSupport.warningCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class FI6ConflictDensityTest {

    private static InputBuilder groups(int n) {
        InputBuilder b = input();
        for (int i = 1; i <= n; i++) {
            b.group("g" + i, "BROADER_PUBLIC", "ACTIVELY_INVOLVED");
        }
        return b;
    }

    @Test
    void shouldLeaveNeutralAndUnknownStancesOutOfThePairs() {
        FI6ConflictDensity.Result r = FI6ConflictDensity.compute(groups(4).issue("i", true)
                .interest("g1", "i", "STRONGLY_SUPPORT").interest("g2", "i", "OPPOSE")
                .interest("g3", "i", "NEUTRAL").interest("g4", "i", "UNKNOWN").snapshot());
        assertEquals(1, r.count().pairs());
        assertEquals(1.0, r.indicator().value());
        assertEquals(Band.HIGH, r.band());
        assertEquals(List.of("FEW_PAIRS"), warningCodes(r));
    }

    @Test
    void shouldBeMediumExactlyOnTwentyPercentAndCountOnlyInScopeIssues() {
        InputBuilder b = groups(4).issue("a", true).issue("b", true).issue("c", true).issue("out", false);
        for (int i = 1; i <= 4; i++) {
            b.interest("g" + i, "a", "SUPPORT"); // 6 pairs, 0 conflicts
        }
        b.interest("g1", "b", "SUPPORT").interest("g2", "b", "SUPPORT").interest("g3", "b", "OPPOSE"); // 3 pairs, 2
        b.interest("g1", "c", "SUPPORT").interest("g2", "c", "STRONGLY_SUPPORT"); // 1 pair, 0
        b.interest("g1", "out", "SUPPORT").interest("g2", "out", "OPPOSE"); // out of scope
        FI6ConflictDensity.Result r = FI6ConflictDensity.compute(b.snapshot());
        assertEquals(10, r.count().pairs());
        assertEquals(2, r.count().conflicts());
        assertEquals(0.2, r.indicator().value());
        assertEquals(Band.MEDIUM, r.band());
        assertEquals(List.of(), warningCodes(r));
        assertEquals("CD = C / P = 2 / 10 = 0.2", r.indicator().formula());
    }

    @Test
    void shouldBeHighExactlyOnFortyPercent() {
        InputBuilder b = groups(5).issue("a", true);
        for (int i = 1; i <= 4; i++) {
            b.interest("g" + i, "a", "SUPPORT");
        }
        b.interest("g5", "a", "OPPOSE");
        FI6ConflictDensity.Result r = FI6ConflictDensity.compute(b.snapshot());
        assertEquals(0.4, r.indicator().value());
        assertEquals(Band.HIGH, r.band());
    }

    @Test
    void shouldBeLowJustBelowTwentyPercent() {
        InputBuilder b = groups(6).issue("a", true);
        for (int i = 1; i <= 6; i++) {
            b.interest("g" + i, "a", i <= 5 ? "SUPPORT" : "OPPOSE"); // 15 pairs, 5 conflicts = 0.333
        }
        b.issue("b", true);
        for (int i = 1; i <= 6; i++) {
            b.interest("g" + i, "b", "SUPPORT"); // 15 more pairs: 5 / 30 = 0.167
        }
        assertEquals(Band.LOW, FI6ConflictDensity.compute(b.snapshot()).band());
    }

    @Test
    void shouldUseTheLatestInterestPerGroupAndIssue() {
        FI6ConflictDensity.Result r = FI6ConflictDensity.compute(groups(2).issue("i", true)
                .interest("later", "g1", "i", "OPPOSE", "MEETING", null, "2026-10-01")
                .interest("earlier", "g1", "i", "SUPPORT", "MEETING", null, "2026-01-01")
                .interest("g2", "i", "SUPPORT").snapshot());
        assertEquals(1, r.count().conflicts());
        // same day: the one created last counts
        FI6ConflictDensity.Result sameDay = FI6ConflictDensity.compute(groups(2).issue("i", true)
                .interest("first", "g1", "i", "OPPOSE", "MEETING", null, "2026-10-01")
                .interest("second", "g1", "i", "SUPPORT", "MEETING", null, "2026-10-01")
                .interest("g2", "i", "SUPPORT").snapshot());
        assertEquals(0, sameDay.count().conflicts());
    }

    @Test
    void shouldLetAnOverrideTurnAPairIntoACompatibleOne() {
        FI6ConflictDensity.Result r = FI6ConflictDensity.compute(groups(2).issue("i", true)
                .interest("a", "g1", "i", "SUPPORT", "MEETING", null, "2026-10-01")
                .interest("b", "g2", "i", "OPPOSE", "MEETING", null, "2026-10-01")
                .override("b", "a", "COMPATIBLE").snapshot());
        assertEquals(0, r.count().conflicts());
        assertEquals(0.0, r.indicator().value());
        assertEquals(1, r.indicator().details().get("overridesApplied"));
    }

    @Test
    void shouldLetAnOverrideMakeTwoSupportersOfExclusiveOptionsAConflict() {
        FI6ConflictDensity.Result r = FI6ConflictDensity.compute(groups(2).issue("i", true)
                .interest("a", "g1", "i", "SUPPORT", "MEETING", null, "2026-10-01")
                .interest("b", "g2", "i", "SUPPORT", "MEETING", null, "2026-10-01")
                .override("a", "b", "CONFLICT").snapshot());
        assertEquals(1.0, r.indicator().value());
        assertEquals(1, ((List<?>) r.indicator().details().get("conflictingPairs")).size());
    }

    @Test
    void shouldIgnoreAnOverrideOfAnInterestThatWasReplaced() {
        FI6ConflictDensity.Result r = FI6ConflictDensity.compute(groups(2).issue("i", true)
                .interest("old", "g1", "i", "SUPPORT", "MEETING", null, "2026-01-01")
                .interest("new", "g1", "i", "SUPPORT", "MEETING", null, "2026-10-01")
                .interest("b", "g2", "i", "SUPPORT", "MEETING", null, "2026-10-01")
                .override("old", "b", "CONFLICT").snapshot());
        assertEquals(0, r.count().conflicts());
    }

    @Test
    void shouldNotComputeWithoutPairs() {
        FI6ConflictDensity.Result r = FI6ConflictDensity.compute(groups(2).issue("i", true)
                .interest("g1", "i", "SUPPORT").interest("g2", "i", "NEUTRAL").snapshot());
        assertNull(r.indicator().value());
        assertEquals(Band.NOT_COMPUTED, r.band());
        assertEquals(List.of("FEW_PAIRS"), warningCodes(r));
    }
}
