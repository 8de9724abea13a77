package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static nl.speelveld.method.TestSupport.warningCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FI5RepresentativenessGapTest {

    private static InputBuilder halfHalf() {
        return input().group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .population("ref", "ALL_RESIDENTS", null, "85984NED", 2024, "GENDER:MALE=0.5", "GENDER:FEMALE=0.5");
    }

    @ParameterizedTest
    @CsvSource({"59, 0.09, LOW", "60, 0.1, MEDIUM", "69, 0.19, MEDIUM", "70, 0.2, HIGH", "100, 0.5, HIGH"})
    void shouldBandTheLargestDissimilarityExactlyOnItsLimits(int male, double d, Band band) {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(halfHalf()
                .profile("p", "core", "CORE_GROUP", "2026-09-01", 100, "ref",
                        "GENDER:MALE=" + male, "GENDER:FEMALE=" + (100 - male))
                .snapshot());
        assertEquals(d, r.indicator().value());
        assertEquals(band, r.band());
        assertEquals(List.of(), warningCodes(r));
    }

    @Test
    void shouldFlagUnderRepresentationOnlyBelowHalfTheShareOfCategoriesOfAtLeastTenPercent() {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(input()
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .population("ref", "ALL_RESIDENTS", null, "85984NED", 2024,
                        "AGE_BAND:A=0.71", "AGE_BAND:B=0.1", "AGE_BAND:C=0.1", "AGE_BAND:D=0.09")
                .profile("p", "core", "MEMBERS", "2026-09-01", 100, "ref",
                        "AGE_BAND:A=91", "AGE_BAND:B=5", "AGE_BAND:C=4", "AGE_BAND:D=0")
                .snapshot());
        // B: p/q = 0.5 exactly is not below 0.5; C: 0.4 is; D: q = 0.09 is below 0.10
        assertEquals(List.of("C"), r.headline().underRepresented());
        assertEquals(0.2, r.indicator().value());
    }

    @Test
    void shouldTakeTheUnionOfCategoriesSoAnUnknownCountAddsToTheGap() {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(halfHalf()
                .profile("p", "core", "CORE_GROUP", "2026-09-01", 100, "ref",
                        "GENDER:MALE=45", "GENDER:FEMALE=45", "GENDER:UNKNOWN=10")
                .snapshot());
        assertEquals(0.1, r.indicator().value());
        assertEquals(3, r.headline().categories().size());
    }

    @Test
    void shouldCapTheBandAtMediumForASmallHeadlineProfile() {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(halfHalf()
                .profile("p", "core", "CORE_GROUP", "2026-09-01", 10, "ref", "GENDER:MALE=8", "GENDER:FEMALE=2")
                .snapshot());
        assertEquals(0.3, r.indicator().value());
        assertEquals(Band.MEDIUM, r.band());
        assertEquals(List.of("SMALL_SAMPLE"), warningCodes(r));
    }

    @Test
    void shouldNotCapAProfileOfExactlyTwenty() {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(halfHalf()
                .profile("p", "core", "CORE_GROUP", "2026-09-01", 20, "ref", "GENDER:MALE=16", "GENDER:FEMALE=4")
                .snapshot());
        assertEquals(Band.HIGH, r.band());
        assertEquals(List.of(), warningCodes(r));
    }

    @Test
    void shouldPreferTheRequestsReferenceThatHasTheDimensionOverTheProfilesOwn() {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(halfHalf()
                .population("ages", "ALL_RESIDENTS", null, "85984NED", 2024, "AGE_BAND:YOUNG=1.0")
                .population("men", "ALL_RESIDENTS", null, "85984NED", 2024, "GENDER:MALE=0.8", "GENDER:FEMALE=0.2")
                .references("ages", "men")
                .profile("p", "core", "CORE_GROUP", "2026-09-01", 100, "ref", "GENDER:MALE=80", "GENDER:FEMALE=20")
                .snapshot());
        assertEquals(0.0, r.indicator().value());
        assertEquals("men", r.headline().reference().id());
    }

    @Test
    void shouldUseTheProfilesOwnReferenceWhenTheRequestListsNoneAndSkipDimensionsWithoutOne() {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(halfHalf()
                .profile("p", "core", "CORE_GROUP", "2026-09-01", 100, "ref",
                        "GENDER:MALE=70", "GENDER:FEMALE=30", "TENURE:OWNER=100")
                .snapshot());
        assertEquals("ref", r.headline().reference().id());
        assertEquals(0.2, r.indicator().value());
        assertEquals(List.of("NO_REFERENCE"), warningCodes(r));
    }

    @Test
    void shouldNeverFallBackToTheProfilesOwnReferenceWhenTheRequestListsReferences() {
        // §3.9 as amended: the listed references replace the profile's own; GENDER and TENURE have none of them
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(halfHalf()
                .population("ages", "ALL_RESIDENTS", null, "85984NED", 2024, "AGE_BAND:YOUNG=1.0")
                .references("ages")
                .profile("p", "core", "CORE_GROUP", "2026-09-01", 100, "ref",
                        "GENDER:MALE=70", "GENDER:FEMALE=30", "TENURE:OWNER=100")
                .snapshot());
        assertNull(r.headline());
        assertEquals(Band.NOT_COMPUTED, r.band());
        assertEquals(List.of("NO_REFERENCE", "NO_REFERENCE", "NOT_COMPUTED"), warningCodes(r));
    }

    @Test
    void shouldReportReachedUsersAsInformationOnly() {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(halfHalf()
                .profile("members", "core", "MEMBERS", "2026-09-01", 100, "ref", "GENDER:MALE=55", "GENDER:FEMALE=45")
                .profile("users", "core", "USERS_REACHED", "2026-09-01", 100, "ref", "GENDER:MALE=100", "GENDER:FEMALE=0")
                .snapshot());
        assertEquals(0.05, r.indicator().value());
        assertEquals(Band.LOW, r.band());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> gaps = (List<Map<String, Object>>) r.indicator().details().get("gaps");
        assertEquals(2, gaps.size());
        assertEquals(true, gaps.get(1).get("informationOnly"));
        assertEquals(0.5, gaps.get(1).get("D"));
    }

    @Test
    void shouldPutHeadlineAndPerCategorySharesInTheDetails() {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(halfHalf()
                .profile("p", "core", "CORE_GROUP", "2026-09-01", 100, "ref", "GENDER:MALE=70", "GENDER:FEMALE=30")
                .snapshot());
        @SuppressWarnings("unchecked")
        Map<String, Object> head = (Map<String, Object>) r.indicator().details().get("headline");
        assertEquals("p", head.get("profileId"));
        assertEquals("GENDER", head.get("dimension"));
        assertEquals(0.2, head.get("D"));
        assertEquals(100, head.get("n"));
        assertEquals("ref", head.get("referenceProfileId"));
        assertEquals(List.of(), head.get("underRepresented"));
        assertTrue(r.indicator().formula().contains("|0.7 − 0.5|"), r.indicator().formula());
    }

    @Test
    void shouldWarnAboutAnUnjustifiedReferenceAndMixedCbsYears() {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(input()
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .population("adults", "ADULTS", " ", "85984NED", 2024, "GENDER:MALE=0.5", "GENDER:FEMALE=0.5")
                .population("old", "ALL_RESIDENTS", null, "84286NED", 2018, "MIGRATION_BACKGROUND:NL=1.0")
                .profile("p", "core", "CORE_GROUP", "2026-09-01", 100, "adults", "GENDER:MALE=50", "GENDER:FEMALE=50",
                        "MIGRATION_BACKGROUND:NL=100")
                .references("old", "adults")
                .snapshot());
        assertEquals(List.of("REFERENCE_NOT_JUSTIFIED", "MIXED_CBS_YEARS"), warningCodes(r));
    }

    @Test
    void shouldNotCallNonCbsReferencesOfDifferentYearsMixed() {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(input()
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .population("a", "ALL_RESIDENTS", null, "85984NED", 2024, "GENDER:MALE=0.5", "GENDER:FEMALE=0.5")
                .population("b", "ALL_RESIDENTS", null, "enquête corporatie", 2021, "TENURE:OWNER=1.0")
                .profile("p", "core", "CORE_GROUP", "2026-09-01", 100, "a", "GENDER:MALE=50", "GENDER:FEMALE=50",
                        "TENURE:OWNER=100")
                .references("b")
                .snapshot());
        assertFalse(warningCodes(r).contains("MIXED_CBS_YEARS"));
    }

    @Test
    void shouldNotComputeWithoutAProfileOfCoreActiveParticipantsOrMembers() {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(halfHalf()
                .profile("users", "core", "RESPONDENTS", "2026-09-01", 100, "ref", "GENDER:MALE=90", "GENDER:FEMALE=10")
                .snapshot());
        assertNull(r.indicator().value());
        assertEquals(Band.NOT_COMPUTED, r.band());
        assertEquals(List.of("NOT_COMPUTED"), warningCodes(r));
    }

    @Test
    void shouldNotComputeWhenNoDimensionHasAReference() {
        FI5RepresentativenessGap.Result r = FI5RepresentativenessGap.compute(halfHalf()
                .profile("p", "core", "CORE_GROUP", "2026-09-01", 100, null, "GENDER:MALE=90", "GENDER:FEMALE=10")
                .snapshot());
        assertEquals(Band.NOT_COMPUTED, r.band());
        assertEquals(List.of("NO_REFERENCE", "NOT_COMPUTED"), warningCodes(r));
    }
}
