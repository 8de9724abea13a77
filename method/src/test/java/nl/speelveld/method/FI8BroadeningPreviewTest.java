package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static nl.speelveld.method.TestSupport.warningCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class FI8BroadeningPreviewTest {

    private static InputBuilder twoGroups() {
        return input().group("g1", "BROADER_PUBLIC", "ACTIVELY_INVOLVED").group("g2", "BROADER_PUBLIC", "NOT_INVOLVED");
    }

    @Test
    void shouldBeHighFromFiveRaisedIssuesEvenWithoutConflict() {
        FI8BroadeningPreview.Result r = FI8BroadeningPreview.compute(twoGroups().issues(2, 3)
                .interest("g1", "in1", "SUPPORT").interest("g2", "in1", "SUPPORT").snapshot());
        assertEquals(0.0, r.indicator().value());
        assertEquals(5, r.indicator().details().get("issuesRaised"));
        assertEquals(0.0, r.indicator().details().get("conflictDensityAll"));
        assertEquals(Band.HIGH, r.band());
    }

    @Test
    void shouldBeHighWhenConflictsSitOutsideTheScope() {
        FI8BroadeningPreview.Result r = FI8BroadeningPreview.compute(twoGroups().issues(1, 1)
                .interest("g1", "in1", "SUPPORT").interest("g2", "in1", "SUPPORT")
                .interest("g1", "out1", "SUPPORT").interest("g2", "out1", "OPPOSE").snapshot());
        assertEquals(0.5, r.indicator().value());
        assertEquals(Band.HIGH, r.band());
        assertEquals(1, r.outOfScope().size());
    }

    @Test
    void shouldRestOnTheIssueCountWhenThereAreNoPairs() {
        FI8BroadeningPreview.Result r = FI8BroadeningPreview.compute(twoGroups().issues(1, 2).snapshot());
        assertNull(r.indicator().value());
        assertEquals(Band.MEDIUM, r.band());
        assertEquals(List.of(), warningCodes(r));
    }

    @Test
    void shouldNotComputeWithoutIssues() {
        FI8BroadeningPreview.Result r = FI8BroadeningPreview.compute(twoGroups().snapshot());
        assertEquals(Band.NOT_COMPUTED, r.band());
        assertEquals(List.of("NOT_COMPUTED"), warningCodes(r));
    }
}
