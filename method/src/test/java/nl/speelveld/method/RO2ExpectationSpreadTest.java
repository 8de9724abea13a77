package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static nl.speelveld.method.TestSupport.warningCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RO2ExpectationSpreadTest {

    @ParameterizedTest
    @CsvSource({"FACILITATE, FACILITATE, 0, LOW", "FACILITATE, STIMULATE, 1, LOW", "FACILITATE, DIRECT, 2, MEDIUM",
        "FACILITATE, REGULATE, 3, HIGH", "LET_GO, REGULATE, 4, HIGH"})
    void shouldBandTheSpreadBetweenHolders(String wanted, String expected, int spread, Band band) {
        RO2ExpectationSpread.Result r = RO2ExpectationSpread.compute(input()
                .role("WANTED", "COPRODUCING_CITIZENS", "core", wanted, "2026-09-01")
                .role("EXPECTED", "POLITICS", null, expected, "2026-09-01").snapshot());
        assertEquals(spread, r.indicator().value());
        assertEquals(band, r.band());
    }

    @Test
    void shouldTakeTheLatestObservationPerHolderAndLeaveTakenOut() {
        RO2ExpectationSpread.Result r = RO2ExpectationSpread.compute(input()
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .group("corp", "PUBLIC_ORGANISATION", "NOT_INVOLVED")
                .role("WANTED", "COPRODUCING_CITIZENS", "core", "FACILITATE", "2026-09-01")
                .role("EXPECTED", "PUBLIC_ORGANISATION", "corp", "REGULATE", "2026-01-01")
                .role("EXPECTED", "PUBLIC_ORGANISATION", "corp", "STIMULATE", "2026-06-01")
                .role("TAKEN", "PUBLIC_ORGANISATION", "corp", "REGULATE", "2026-10-01")
                .role("PERCEIVED", "COPRODUCING_CITIZENS", "core", "REGULATE", "2026-10-01")
                .snapshot());
        assertEquals(2, r.holders().size());
        assertEquals(1, r.indicator().value());
        assertEquals("corp", r.highest().holderGroupId());
    }

    @Test
    void shouldTreatObservationsWithoutGroupAsOneHolderPerSource() {
        RO2ExpectationSpread.Result r = RO2ExpectationSpread.compute(input()
                .role("EXPECTED", "POLITICS", null, "REGULATE", "2026-01-01")
                .role("EXPECTED", "POLITICS", null, "FACILITATE", "2026-06-01")
                .snapshot());
        assertNull(r.indicator().value());
        assertEquals(Band.NOT_COMPUTED, r.band());
        assertEquals(List.of("NOT_COMPUTED"), warningCodes(r));
    }
}
