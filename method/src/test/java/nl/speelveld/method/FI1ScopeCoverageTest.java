package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static nl.speelveld.method.TestSupport.warningCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class FI1ScopeCoverageTest {

    @Test
    void shouldGiveTheShareOfRaisedIssuesInScopeAsInformation() {
        FI1ScopeCoverage.Result r = FI1ScopeCoverage.compute(input().issues(2, 3).snapshot());
        assertEquals(0.4, r.indicator().value());
        assertEquals(Band.INFO, r.band());
        assertEquals("SC = N_in / N_raised = 2 / 5 = 0.4", r.indicator().formula());
        assertEquals(5, r.indicator().inputs().size());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void shouldRoundToThreeDecimalsButKeepTheExactRatioForThePosition() {
        FI1ScopeCoverage.Result r = FI1ScopeCoverage.compute(input().issues(1, 2).snapshot());
        assertEquals(0.333, r.indicator().value());
        assertEquals(0, r.coverage().compareTo(Exact.ratio(1, 3)));
    }

    @Test
    void shouldGiveOneWhenEverythingIsInScope() {
        assertEquals(1.0, FI1ScopeCoverage.compute(input().issues(3, 0).snapshot()).indicator().value());
    }

    @Test
    void shouldNotComputeWithoutIssues() {
        FI1ScopeCoverage.Result r = FI1ScopeCoverage.compute(input().snapshot());
        assertNull(r.indicator().value());
        assertEquals(Band.NOT_COMPUTED, r.band());
        assertEquals(List.of("NOT_COMPUTED"), warningCodes(r));
    }
}
