package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static nl.speelveld.method.TestSupport.warningCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RO1RoleGapTest {

    @ParameterizedTest
    @CsvSource({
        "FACILITATE, FACILITATE, 0, LOW",
        "STIMULATE, FACILITATE, 1, MEDIUM",
        "LET_GO, FACILITATE, -1, MEDIUM",
        "DIRECT, FACILITATE, 2, HIGH",
        "REGULATE, FACILITATE, 3, HIGH",
        "LET_GO, DIRECT, -3, HIGH"})
    void shouldGiveTheSignedGapAndBandItsSize(String taken, String wanted, int gap, Band band) {
        RO1RoleGap.Result r = RO1RoleGap.compute(input().taken(taken).wanted(wanted).snapshot());
        assertEquals(gap, r.indicator().value());
        assertEquals(band, r.band());
    }

    @Test
    void shouldUseTheLatestTakenAndOnlyWantedRolesOfTheCoProducingCitizens() {
        RO1RoleGap.Result r = RO1RoleGap.compute(input()
                .role("TAKEN", "PUBLIC_ORGANISATION", null, "REGULATE", "2026-10-01")
                .role("TAKEN", "PUBLIC_ORGANISATION", null, "FACILITATE", "2026-01-01")
                .role("WANTED", "COPRODUCING_CITIZENS", null, "STIMULATE", "2026-05-01")
                .role("WANTED", "POLITICS", null, "REGULATE", "2026-10-01")
                .snapshot());
        assertEquals("REGULATE", r.taken().role());
        assertEquals("STIMULATE", r.wanted().role());
        assertEquals(2, r.indicator().value());
        assertEquals("G = r(TAKEN) − r(WANTED) = 4 − 2 = 2", r.indicator().formula());
    }

    @Test
    void shouldPreferTheLaterCreatedObservationOnTheSameDay() {
        RO1RoleGap.Result r = RO1RoleGap.compute(input()
                .role("TAKEN", "PUBLIC_ORGANISATION", null, "REGULATE", "2026-10-01")
                .role("TAKEN", "PUBLIC_ORGANISATION", null, "DIRECT", "2026-10-01")
                .wanted("DIRECT").snapshot());
        assertEquals(0, r.indicator().value());
    }

    @Test
    void shouldNotComputeWithoutAWantedRole() {
        RO1RoleGap.Result r = RO1RoleGap.compute(input().taken("DIRECT")
                .role("EXPECTED", "POLITICS", null, "DIRECT", "2026-10-01").snapshot());
        assertNull(r.indicator().value());
        assertEquals(Band.NOT_COMPUTED, r.band());
        assertEquals(List.of("NOT_COMPUTED"), warningCodes(r));
    }
}
