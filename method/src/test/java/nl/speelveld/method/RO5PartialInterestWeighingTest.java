package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static nl.speelveld.method.TestSupport.warningCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RO5PartialInterestWeighingTest {

    @ParameterizedTest
    @CsvSource({"2, 4, 0.5, LOW", "1, 4, 0.25, MEDIUM", "1, 3, 0.333, MEDIUM", "1, 5, 0.2, HIGH", "0, 2, 0.0, HIGH"})
    void shouldBandTheShareOfAnsweredInterests(int answered, int total, double w, Band band) {
        InputBuilder b = input().issue("i", true).group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER");
        for (int k = 0; k < total; k++) {
            b.group("g" + k, "BROADER_PUBLIC", "ACTIVELY_INVOLVED");
            b.interest("x" + k, "g" + k, "i", k % 2 == 0 ? "NEUTRAL" : "OPPOSE", "MEETING",
                    k < answered ? "NOT_ADOPTED" : null, "2026-10-01");
        }
        b.interest("core", "i", "SUPPORT"); // the co-producing citizens' own interest does not count
        RO5PartialInterestWeighing.Result r = RO5PartialInterestWeighing.compute(b.snapshot());
        assertEquals(total, r.interests());
        assertEquals(w, r.indicator().value());
        assertEquals(band, r.band());
    }

    @Test
    void shouldReadTheLatestInterestAndOnlyInScopeIssues() {
        RO5PartialInterestWeighing.Result r = RO5PartialInterestWeighing.compute(input()
                .issue("in", true).issue("out", false)
                .group("g", "POLITICS", "ACTIVELY_INVOLVED")
                .interest("old", "g", "in", "SUPPORT", "MEETING", "ADOPTED", "2026-01-01")
                .interest("new", "g", "in", "SUPPORT", "MEETING", null, "2026-10-01")
                .interest("o", "g", "out", "SUPPORT", "MEETING", "REFERRED", "2026-10-01")
                .snapshot());
        assertEquals(1, r.interests());
        assertEquals(0.0, r.indicator().value());
    }

    @Test
    void shouldNotComputeWithoutInterestsOfNonParticipants() {
        RO5PartialInterestWeighing.Result r = RO5PartialInterestWeighing.compute(input().issue("i", true)
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER").interest("core", "i", "SUPPORT").snapshot());
        assertNull(r.indicator().value());
        assertEquals(Band.NOT_COMPUTED, r.band());
        assertEquals(List.of("NOT_COMPUTED"), warningCodes(r));
    }
}
