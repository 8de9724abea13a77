package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static nl.speelveld.method.TestSupport.warningCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** asOf is 2026-11-01 throughout. */
class RO4ConstituencyDriftTest {

    /** A core that renews, consulted recently and widely, with the same stance as its constituency: no signal. */
    private static InputBuilder quiet() {
        return input().issue("i", true)
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .group("public", "BROADER_PUBLIC", "SPOKEN_FOR")
                .interest("core", "i", "SUPPORT")
                .snapshot("core", "2026-10-01", 10, 5, 100)
                .consultation("core", "2026-06-01", 100, 50, "i=SUPPORT");
    }

    private static RO4ConstituencyDrift.Result drift(InputBuilder b) {
        return RO4ConstituencyDrift.compute(b.snapshot());
    }

    @Test
    void shouldFindNoSignalInAHealthyCore() {
        RO4ConstituencyDrift.Result r = drift(quiet());
        assertEquals(0, r.indicator().value());
        assertEquals(Band.LOW, r.band());
        assertEquals(List.of(), r.indicator().details().get("signals"));
    }

    @Test
    void shouldRaiseS1WhenTheHeadlineGapRoseByFivePoints() {
        InputBuilder b = quiet()
                .population("ref", "ALL_RESIDENTS", null, "85984NED", 2024, "GENDER:MALE=0.5", "GENDER:FEMALE=0.5")
                .profile("p1", "core", "CORE_GROUP", "2025-01-01", 100, "ref", "GENDER:MALE=60", "GENDER:FEMALE=40")
                .profile("p2", "core", "CORE_GROUP", "2026-09-01", 100, "ref", "GENDER:MALE=65", "GENDER:FEMALE=35");
        assertEquals(List.of("S1"), drift(b).signals());
        InputBuilder under = quiet()
                .population("ref", "ALL_RESIDENTS", null, "85984NED", 2024, "GENDER:MALE=0.5", "GENDER:FEMALE=0.5")
                .profile("p1", "core", "CORE_GROUP", "2025-01-01", 100, "ref", "GENDER:MALE=60", "GENDER:FEMALE=40")
                .profile("p2", "core", "CORE_GROUP", "2026-09-01", 100, "ref", "GENDER:MALE=64", "GENDER:FEMALE=36");
        assertEquals(List.of(), drift(under).signals());
    }

    @Test
    void shouldRaiseS2ForAClosedCoreButNotExactlyOnTwentyPercent() {
        assertEquals(List.of("S2"), drift(quiet().snapshot("core", "2026-10-15", 10, 1, 100)).signals());
        assertEquals(List.of(), drift(quiet().snapshot("core", "2026-10-15", 10, 2, 100)).signals());
    }

    @Test
    void shouldRaiseS3WithoutConsultationInTheLastTwelveMonths() {
        InputBuilder exactly = input().issue("i", true).group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .consultation("core", "2025-11-01", 100, 50);
        assertEquals(List.of(), drift(exactly).signals());
        InputBuilder older = input().issue("i", true).group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .consultation("core", "2025-10-31", 100, 50);
        assertEquals(List.of("S3"), drift(older).signals());
        InputBuilder byOthers = input().issue("i", true).group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .group("tenants", "BROADER_PUBLIC", "REPRESENTED_WITH_MANDATE")
                .consultation("tenants", "2026-10-01", 100, 50);
        assertEquals(List.of("S3"), drift(byOthers).signals());
    }

    @Test
    void shouldRaiseS4ForASmallReachButNotExactlyOnTenPercent() {
        assertEquals(List.of("S4"), drift(quiet().consultation("core", "2026-07-01", 1000, 99)).signals());
        assertEquals(List.of(), drift(quiet().consultation("core", "2026-07-01", 1000, 100)).signals());
    }

    @Test
    void shouldRaiseS5WhenStancesDivergeLeavingNeutralOut() {
        InputBuilder base = input().issue("a", true).issue("b", true).issue("c", true).issue("d", true)
                .issue("e", true)
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .interest("core", "a", "SUPPORT").interest("core", "b", "SUPPORT").interest("core", "c", "OPPOSE")
                .interest("core", "d", "SUPPORT").interest("core", "e", "NEUTRAL")
                .snapshot("core", "2026-10-01", 10, 5, 100);
        // three of four comparable issues aligned = 0.75: no signal
        RO4ConstituencyDrift.Result aligned = drift(base.consultation("core", "2026-06-01", 100, 50,
                "a=SUPPORT", "b=STRONGLY_SUPPORT", "c=OPPOSE", "d=OPPOSE", "e=OPPOSE"));
        assertEquals(List.of(), aligned.signals());
        RO4ConstituencyDrift.Result apart = drift(base.consultation("core", "2026-07-01", 100, 50,
                "a=SUPPORT", "b=OPPOSE", "c=SUPPORT", "d=NEUTRAL"));
        assertEquals(List.of("S5"), apart.signals());
        assertEquals(List.of("b", "c"), apart.misalignedIssueIds());
    }

    @Test
    void shouldWarnAboutAStaleConsultationAndStillCompareItsStances() {
        RO4ConstituencyDrift.Result r = drift(input().issue("i", true)
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .interest("core", "i", "SUPPORT")
                .consultation("core", "2024-10-31", 100, 50, "i=OPPOSE"));
        assertEquals(List.of("S3", "S5"), r.signals());
        assertEquals(List.of("STALE_CONSULTATION"), warningCodes(r));
        assertEquals(Band.HIGH, r.band());
    }

    @Test
    void shouldRaiseS6WhenMembershipFellByAFifthWithinTwentyFourMonths() {
        InputBuilder fell = quiet().snapshot("core", "2025-01-01", 10, 5, 125).snapshot("core", "2026-10-15", 10, 5, 100);
        assertEquals(List.of("S6"), drift(fell).signals());
        InputBuilder less = quiet().snapshot("core", "2025-01-01", 10, 5, 124).snapshot("core", "2026-10-15", 10, 5, 100);
        assertEquals(List.of(), drift(less).signals());
        InputBuilder tooOld = quiet().snapshot("core", "2024-10-01", 10, 5, 200);
        assertEquals(List.of(), drift(tooOld).signals());
    }

    @Test
    void shouldBeMediumForOneSignalAndHighFromTwo() {
        assertEquals(Band.MEDIUM, drift(quiet().snapshot("core", "2026-10-15", 10, 0, 100)).band());
        assertEquals(Band.HIGH, drift(quiet().snapshot("core", "2026-10-15", 10, 0, 100)
                .consultation("core", "2026-07-01", 1000, 10)).band());
    }

    @Test
    void shouldNotComputeWithoutCoProducingCitizens() {
        RO4ConstituencyDrift.Result r = drift(input().group("public", "BROADER_PUBLIC", "SPOKEN_FOR"));
        assertNull(r.indicator().value());
        assertEquals(Band.NOT_COMPUTED, r.band());
        assertEquals(List.of("NOT_COMPUTED"), warningCodes(r));
    }
}
