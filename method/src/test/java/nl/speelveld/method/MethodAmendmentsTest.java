package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static nl.speelveld.method.TestSupport.warningCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;

/**
 * The amended rules of docs/method.md, one nested class per rule. Each has at least one case that the first
 * implementation answered differently (named in the test), except "several core groups", which that implementation
 * already read this way; its tests pin the reading down.
 */
class MethodAmendmentsTest {

    private static InputBuilder core() {
        return input().group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .population("ref", "ALL_RESIDENTS", null, "85984NED", 2024, "GENDER:MALE=0.5", "GENDER:FEMALE=0.5");
    }

    private static List<String> refs(Indicator i) {
        return i.inputs().stream().map(Input::ref).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headline(Indicator fi5) {
        return (Map<String, Object>) fi5.details().get("headline");
    }

    @Nested
    class ReferenceOverrideReplaces {

        @Test
        void shouldNotJudgeATargetGroupInitiativeAgainstThePopulationOnTheDimensionItLacks() {
            // The initiative is for tenants: the caller judges it against the tenants (TENURE only). The profile's own
            // reference is the whole neighbourhood, which also has GENDER. The first implementation fell back to it
            // for GENDER: D = 0.4, HIGH. Amended: GENDER is not compared at all.
            AssessmentOutcome o = input().group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                    .population("all", "ALL_RESIDENTS", null, "85984NED", 2024, "GENDER:MALE=0.5",
                            "GENDER:FEMALE=0.5", "TENURE:OWNER=0.5", "TENURE:SOCIAL_RENT=0.5")
                    .population("tenants", "TARGET_GROUP", "Het initiatief is voor huurders", null, 2024,
                            "TENURE:SOCIAL_RENT=1.0")
                    .references("tenants")
                    .profile("p", "core", "CORE_GROUP", "2026-09-01", 100, "all", "GENDER:MALE=90",
                            "GENDER:FEMALE=10", "TENURE:SOCIAL_RENT=100")
                    .assess();
            Indicator fi5 = o.indicator("FI-5");
            assertEquals(0.0, fi5.value());
            assertEquals(Band.LOW, fi5.band());
            assertEquals("tenants", headline(fi5).get("referenceProfileId"));
            assertTrue(warningCodes(o).contains("NO_REFERENCE"));
            assertFalse(refs(fi5).contains("all"), "the profile's own reference was not used");
        }
    }

    @Nested
    class CurrentProfilesOnly {

        @Test
        void shouldTakeTheLatestProfileOnOrBeforeAsOfPerGroupAndScope() {
            // The first implementation took the largest D over every profile: 0.5 from a profile measured after asOf.
            AssessmentOutcome o = core()
                    .profile("old", "core", "CORE_GROUP", "2025-01-01", 100, "ref", "GENDER:MALE=90", "GENDER:FEMALE=10")
                    .profile("now", "core", "CORE_GROUP", "2026-09-01", 100, "ref", "GENDER:MALE=55", "GENDER:FEMALE=45")
                    .profile("later", "core", "CORE_GROUP", "2027-01-01", 100, "ref", "GENDER:MALE=100",
                            "GENDER:FEMALE=0")
                    .assess();
            Indicator fi5 = o.indicator("FI-5");
            assertEquals(0.05, fi5.value());
            assertEquals(Band.LOW, fi5.band());
            assertEquals("now", headline(fi5).get("profileId"));
            assertTrue(refs(fi5).contains("now"));
            assertFalse(refs(fi5).contains("old"), "an earlier profile serves S1 only");
            assertFalse(refs(fi5).contains("later"), "a later profile is ignored");
        }

        @Test
        void shouldStillLetTheEarlierProfileServeSignalOne() {
            Indicator ro4 = core()
                    .profile("first", "core", "CORE_GROUP", "2025-01-01", 100, "ref", "GENDER:MALE=55", "GENDER:FEMALE=45")
                    .profile("now", "core", "CORE_GROUP", "2026-09-01", 100, "ref", "GENDER:MALE=70", "GENDER:FEMALE=30")
                    .profile("later", "core", "CORE_GROUP", "2027-01-01", 100, "ref", "GENDER:MALE=50",
                            "GENDER:FEMALE=50")
                    .assess().indicator("RO-4");
            assertTrue(((List<?>) ro4.details().get("signals")).contains("S1"), "D rose from 0.05 to 0.20");
            assertTrue(refs(ro4).containsAll(List.of("first", "now")));
            assertFalse(refs(ro4).contains("later"));
        }
    }

    @Nested
    class NotComputedIsNamed {

        @Test
        void shouldNameEveryIndicatorThatIsNotComputedExceptThoseExplainedByTheirOwnWarning() {
            AssessmentOutcome o = input().assess(); // an initiative without any data
            for (Indicator i : o.indicators()) {
                if (i.band() != Band.NOT_COMPUTED) {
                    continue;
                }
                assertNull(i.value(), i.code());
                boolean named = o.warnings().stream().anyMatch(w -> w.code().equals("NOT_COMPUTED")
                        && w.message().get("en").startsWith(i.code() + " ") && w.message().get("nl")
                        .startsWith(i.code() + " "));
                if (i.code().equals("FI-6") || i.code().equals("RO-3")) {
                    assertFalse(named, i.code() + " is explained by its own warning");
                } else {
                    assertTrue(named, i.code() + " has a NOT_COMPUTED warning naming it");
                }
            }
            assertTrue(warningCodes(o).containsAll(List.of("FEW_PAIRS", "FEW_DECISIONS")));
        }

        @Test
        void shouldAddNotComputedWhenNoDimensionOfTheProfilesHasAReference() {
            // The first implementation raised only NO_REFERENCE here.
            AssessmentOutcome o = core()
                    .profile("p", "core", "CORE_GROUP", "2026-09-01", 100, null, "AGE_BAND:YOUNG=100").assess();
            assertEquals(Band.NOT_COMPUTED, o.indicator("FI-5").band());
            assertTrue(o.warnings().stream().anyMatch(w -> w.code().equals("NOT_COMPUTED")
                    && w.message().get("en").startsWith("FI-5 ")));
            assertTrue(warningCodes(o).contains("NO_REFERENCE"));
        }

        @Test
        void shouldNameTheRoleGapOnceWhenBothObservationsAreMissing() {
            // The first implementation added two NOT_COMPUTED warnings for RO-1, one per missing observation.
            AssessmentOutcome o = input().assess();
            List<AssessmentOutcome.Warning> ro1 = o.warnings().stream()
                    .filter(w -> w.message().get("en").startsWith("RO-1 ")).toList();
            assertEquals(1, ro1.size());
            assertTrue(ro1.get(0).message().get("en").contains("TAKEN") && ro1.get(0).message().get("en")
                    .contains("WANTED"), ro1.get(0).message().get("en"));
        }

        @Test
        void shouldNotComputeConstituencyDriftWithoutAnyCoreGroup() {
            AssessmentOutcome o = input().group("tenants", "BROADER_PUBLIC", "NOT_INVOLVED")
                    .consultation("tenants", "2020-01-01", 100, 1).assess();
            assertEquals(Band.NOT_COMPUTED, o.indicator("RO-4").band());
            assertNull(o.indicator("RO-4").value());
            assertTrue(o.warnings().stream().anyMatch(w -> w.code().equals("NOT_COMPUTED")
                    && w.message().get("en").startsWith("RO-4 ")));
        }
    }

    @Nested
    class SeveralCoreGroups {

        private InputBuilder twoCores() {
            return input().issue("x", true)
                    .group("cooperative", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                    .group("board", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                    .group("neighbours", "BROADER_PUBLIC", "NOT_INVOLVED");
        }

        @SuppressWarnings("unchecked")
        private List<String> signals(AssessmentOutcome o) {
            return (List<String>) o.indicator("RO-4").details().get("signals");
        }

        @Test
        void shouldCountAClosedCoreOnceWhenAnyCoreGroupIsClosed() {
            AssessmentOutcome o = twoCores()
                    .snapshot("cooperative", "2026-10-01", 10, 5, null)
                    .snapshot("board", "2026-10-01", 10, 0, null)
                    .consultation("cooperative", "2026-10-01", 100, 50)
                    .assess();
            assertEquals(List.of("S2"), signals(o));
            assertEquals(1, o.indicator("RO-4").value());
        }

        @Test
        void shouldCountFallingMembershipOnceWhenAnyCoreGroupLosesMembers() {
            AssessmentOutcome o = twoCores()
                    .snapshot("cooperative", "2025-01-01", 10, 5, 100).snapshot("cooperative", "2026-10-01", 10, 5, 70)
                    .snapshot("board", "2025-01-01", 10, 5, 100).snapshot("board", "2026-10-01", 10, 5, 60)
                    .consultation("board", "2026-10-01", 100, 50)
                    .assess();
            assertEquals(List.of("S6"), signals(o));
        }

        @Test
        void shouldReadOnlyConsultationsRepresentedByACoreGroup() {
            // a recent consultation by a group that is not a core group does not count against S3
            AssessmentOutcome o = twoCores()
                    .snapshot("cooperative", "2026-10-01", 10, 5, null)
                    .consultation("neighbours", "2026-10-01", 100, 50)
                    .assess();
            assertEquals(List.of("S3"), signals(o));
        }
    }

    @Nested
    class Exactness {

        @Test
        void shouldBandOnTheExactValueNeverWithinATolerance() {
            // VC = 3/4 exactly, below a threshold of 0.7500000001: MEDIUM. The first implementation compared within
            // 1e-9 and called it LOW.
            Thresholds t = Thresholds.withOverrides("exact-1", Map.of("band.fi3.hi", 0.7500000001));
            InputBuilder b = input();
            for (int i = 0; i < 3; i++) {
                b.group("voiced" + i, "BROADER_PUBLIC", "ACTIVELY_INVOLVED");
            }
            b.group("silent", "BROADER_PUBLIC", "NOT_INVOLVED");
            AssessmentOutcome o = new DilemmaMethod().assess(b.build(), t);
            assertEquals(0.75, o.indicator("FI-3").value());
            assertEquals(Band.MEDIUM, o.indicator("FI-3").band());
            assertEquals(Band.LOW, b.assess().indicator("FI-3").band(), "on the default 0.75 itself it is LOW");
        }

        @Test
        void shouldBandADissimilarityOnItsLimitFromDecimalShares() {
            // q = 0.45 / 0.55 are not exact in binary; D = ½(|0.55 − 0.45| + |0.45 − 0.55|) = 0.10 exactly: MEDIUM
            AssessmentOutcome o = input().group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                    .population("ref", "ALL_RESIDENTS", null, "85984NED", 2024, "GENDER:MALE=0.45",
                            "GENDER:FEMALE=0.55")
                    .profile("p", "core", "CORE_GROUP", "2026-09-01", 100, "ref", "GENDER:MALE=55", "GENDER:FEMALE=45")
                    .assess();
            assertEquals(0.1, o.indicator("FI-5").value());
            assertEquals(Band.MEDIUM, o.indicator("FI-5").band());
        }

        @Test
        void shouldRoundPositionOneHalfUpAndListEveryIndicatorAtTheRiskInDrivenBy() {
            // SC = 1/4, VC = 0: P1 = 12.5, rounded half up to 13
            AssessmentOutcome o = input().issues(1, 3)
                    .group("tenants", "BROADER_PUBLIC", "NOT_INVOLVED", true, true, true, 10).assess();
            assertEquals(13, o.axis("FEASIBILITY_INCLUSIVITY").position());
            AssessmentOutcome.Risk inclusivity = o.axis("FEASIBILITY_INCLUSIVITY").risk("INCLUSIVITY");
            assertEquals(Band.HIGH, inclusivity.level());
            assertEquals(List.of("FI-3", "FI-4"), inclusivity.drivenBy());
        }
    }

    @Nested
    class Traceability {

        @Test
        void shouldListTheProblemDefinitionThatSetInScope() {
            AssessmentOutcome o = input().issues(2, 1).definition("definition-7", 3).assess();
            assertEquals("definition-7", refs(o.indicator("FI-1")).get(0));
            assertEquals("definition-7", refs(o.indicator("FI-2")).get(0));
            assertEquals(3, o.indicator("FI-1").inputs().get(0).value());
        }

        @Test
        void shouldListTheConflictOverridesAppliedById() {
            // The first implementation gave only a count of overrides.
            AssessmentOutcome o = input().issue("x", true).issue("y", false)
                    .group("a", "BROADER_PUBLIC", "ACTIVELY_INVOLVED").group("b", "BROADER_PUBLIC", "ACTIVELY_INVOLVED")
                    .interest("ia", "a", "x", "SUPPORT", "SURVEY", null, "2026-10-01")
                    .interest("ib", "b", "x", "SUPPORT", "SURVEY", null, "2026-10-01")
                    .override("ia", "ib", "CONFLICT")
                    .override("ia", "nobody", "CONFLICT")
                    .assess();
            List<String> fi6 = refs(o.indicator("FI-6"));
            assertTrue(fi6.contains("override-1"), fi6.toString());
            assertFalse(fi6.contains("override-2"), "an override that corrects no pair is not an input");
            assertTrue(refs(o.indicator("FI-8")).contains("override-1"));
            assertEquals(1.0, o.indicator("FI-6").value());
        }

        @Test
        void shouldListTheBudgetFieldsBehindFinancialDependency() {
            AssessmentOutcome o = input().budget(8000L, 6000L).assess();
            assertTrue(o.flags().contains("FINANCIAL_DEPENDENCY"));
            List<Input> budget = o.indicator("RO-3").inputs().stream()
                    .filter(i -> i.ref().equals("initiative-1")).toList();
            assertEquals(List.of("budgetPerYear", "governmentFundingPerYear"),
                    budget.stream().map(Input::label).toList());
            assertEquals(List.of(8000L, 6000L), budget.stream().map(Input::value).toList());
        }

        @Test
        void shouldListTheConsultationAndTheInterestsBehindSignalsThreeToFive() {
            AssessmentOutcome o = input().issue("x", true).issue("y", true)
                    .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                    .interest("mine-x", "core", "x", "SUPPORT", "SURVEY", null, "2026-10-01")
                    .interest("mine-y", "core", "y", "OPPOSE", "SURVEY", null, "2026-10-01")
                    .consultation("core", "2026-06-01", 100, 5, "x=SUPPORT", "y=SUPPORT")
                    .assess();
            List<String> ro4 = refs(o.indicator("RO-4"));
            assertTrue(ro4.contains("consultation-1"), ro4.toString());
            assertTrue(ro4.containsAll(List.of("mine-x", "mine-y")), ro4.toString());
            @SuppressWarnings("unchecked")
            List<String> signals = (List<String>) o.indicator("RO-4").details().get("signals");
            assertEquals(List.of("S4", "S5"), signals);
        }
    }

    @Nested
    class SmallCells {

        /** n = 40 over categories of 1, 2, 4, 13 and 20 people. */
        private AssessmentOutcome smallCells() {
            return input().group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                    .population("ref", "ALL_RESIDENTS", null, "85984NED", 2024, "EDU:A=0.2", "EDU:B=0.2", "EDU:C=0.2",
                            "EDU:D=0.2", "EDU:E=0.2")
                    .profile("p", "core", "CORE_GROUP", "2026-09-01", 40, "ref", "EDU:A=1", "EDU:B=2", "EDU:C=4",
                            "EDU:D=13", "EDU:E=20")
                    .assess();
        }

        @SuppressWarnings("unchecked")
        private List<Map<String, Object>> categories(AssessmentOutcome o) {
            List<Map<String, Object>> gaps = (List<Map<String, Object>>) o.indicator("FI-5").details().get("gaps");
            return (List<Map<String, Object>>) gaps.get(0).get("categories");
        }

        @Test
        void shouldMergeCategoriesBelowFiveIntoOtherSmallInTheDetails() {
            // The first implementation showed p = 0.025, 0.05 and 0.1: with n = 40, counts of 1, 2 and 4.
            AssessmentOutcome o = smallCells();
            List<Map<String, Object>> cats = categories(o);
            assertEquals(List.of("OTHER_SMALL", "D", "E"), cats.stream().map(c -> c.get("category")).toList());
            assertEquals(0.175, cats.get(0).get("p")); // 7 of 40
            assertEquals(List.of("A", "B", "C"), cats.get(0).get("mergedCategories"));
            for (Map<String, Object> c : cats) {
                double count = ((Number) c.get("p")).doubleValue() * 40;
                assertTrue(count == 0 || count >= 5 - 1e-9, "a shown share reveals a count of " + count);
            }
            String formula = o.indicator("FI-5").formula();
            for (String revealing : List.of("0.025", "0.05 ", "0.1 ", "0.05|", "0.1|")) {
                assertFalse(formula.contains(revealing), formula);
            }
        }

        @Test
        void shouldComputeDAndTheUnderRepresentedOnTheFullCounts() {
            AssessmentOutcome o = smallCells();
            // D = ½(|0.025−0.2| + |0.05−0.2| + |0.1−0.2| + |0.325−0.2| + |0.5−0.2|) = ½(0.175+0.15+0.1+0.125+0.3)
            assertEquals(0.425, o.indicator("FI-5").value());
            // C has p/q = 0.1/0.2 = 0.5 exactly: not below 0.5
            assertEquals(List.of("A", "B"), headline(o.indicator("FI-5")).get("underRepresented"));
        }

        @Test
        void shouldMergeTheNextSmallestCategoryWhenTheMergedTotalIsStillBelowFive() {
            AssessmentOutcome o = input().group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                    .population("ref", "ALL_RESIDENTS", null, "85984NED", 2024, "EDU:A=0.3", "EDU:B=0.3", "EDU:C=0.4")
                    .profile("p", "core", "CORE_GROUP", "2026-09-01", 40, "ref", "EDU:A=2", "EDU:B=8", "EDU:C=30")
                    .assess();
            List<Map<String, Object>> cats = categories(o);
            assertEquals(List.of("OTHER_SMALL", "C"), cats.stream().map(c -> c.get("category")).toList());
            assertEquals(List.of("A", "B"), cats.get(0).get("mergedCategories"));
            assertEquals(0.25, cats.get(0).get("p")); // 10 of 40
        }
    }
}
