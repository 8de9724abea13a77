package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FI2IssueLoadTest {

    @ParameterizedTest
    @CsvSource({"0, LOW", "2, LOW", "3, MEDIUM", "4, MEDIUM", "5, HIGH", "9, HIGH"})
    void shouldBandTheNumberOfIssuesInScope(int inScope, Band band) {
        FI2IssueLoad.Result r = FI2IssueLoad.compute(input().issues(inScope, 2).snapshot());
        assertEquals(inScope, r.indicator().value());
        assertEquals(band, r.band());
    }

    @ParameterizedTest
    @CsvSource({"3, LOW", "4, MEDIUM", "6, HIGH"})
    void shouldReadItsLimitsFromTheThresholdSet(int inScope, Band band) {
        Thresholds t = Thresholds.withOverrides("t", Map.of("band.issues.medium", 4.0, "band.issues.high", 6.0));
        assertEquals(band, FI2IssueLoad.compute(input().issues(inScope, 0).snapshot(t)).band());
    }
}
