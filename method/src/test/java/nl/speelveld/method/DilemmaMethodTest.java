package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static nl.speelveld.method.TestSupport.questionCodes;
import static nl.speelveld.method.TestSupport.warningCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Whole assessments of hand-made snapshots that differ from the worked cases. */
class DilemmaMethodTest {

    @Test
    void shouldFlagAbandonmentAndAskAboutDistanceForACoProductionLeftAlone() {
        AssessmentOutcome o = input().type("COPRODUCTION").issues(1, 1)
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .role("TAKEN", "PUBLIC_ORGANISATION", null, "LET_GO", "2026-10-01")
                .role("WANTED", "COPRODUCING_CITIZENS", "core", "DIRECT", "2026-10-01")
                .decision("2026-01-01", "GOVERNMENT").decision("2026-02-01", "GOVERNMENT")
                .decision("2026-03-01", "GOVERNMENT")
                .assess();
        assertEquals(-3, o.indicator("RO-1").value());
        assertEquals(List.of("ABANDONMENT_RISK"), o.flags()); // A = 0, but a co-production is no citizens' initiative
        assertTrue(questionCodes(o).contains("Q-GAP-MIN"));
        assertFalse(questionCodes(o).contains("Q-GAP-PLUS"));
        assertFalse(questionCodes(o).contains("Q-OWNER"));
        AssessmentOutcome.Axis role = o.axis("ROLE");
        assertEquals(0, role.position());
        assertEquals("LET_GO", role.positionLabel());
        assertEquals(1, role.markers().size());
        assertEquals("WANTED", role.markers().get(0).kind());
        assertEquals(75, role.markers().get(0).position());
    }

    @Test
    void shouldFlagAStillCitizenInitiativeOnTheGapAlone() {
        AssessmentOutcome o = input().type("CITIZEN_COLLECTIVE")
                .taken("DIRECT").wanted("FACILITATE")
                .decision("2026-01-01", "CITIZENS").decision("2026-02-01", "CITIZENS").decision("2026-03-01", "JOINT")
                .budget(10000L, 7499L)
                .assess();
        assertEquals(List.of("STILL_CITIZEN_INITIATIVE"), o.flags());
        AssessmentOutcome.Question owner = o.questions().stream().filter(q -> q.code().equals("Q-OWNER")).findFirst()
                .orElseThrow();
        assertEquals(List.of("STILL_CITIZEN_INITIATIVE"), owner.triggeredBy());
        assertTrue(owner.text().get("nl").startsWith("Van de laatste 3 besluiten nam de gemeente er 0 alleen."));
    }

    @Test
    void shouldFlagFinancialDependencyFromThreeQuarters() {
        assertEquals(List.of("FINANCIAL_DEPENDENCY"), input().budget(10000L, 7500L).assess().flags());
        assertEquals(List.of(), input().budget(10000L, 7499L).assess().flags());
    }

    @Test
    void shouldTurnTheOnlyConflictCompatibleThroughAnOverride() {
        InputBuilder b = input().issue("i", true)
                .group("a", "BROADER_PUBLIC", "ACTIVELY_INVOLVED").group("b", "BROADER_PUBLIC", "ACTIVELY_INVOLVED")
                .group("c", "BROADER_PUBLIC", "ACTIVELY_INVOLVED")
                .interest("x", "a", "i", "SUPPORT", "MEETING", null, "2026-10-01")
                .interest("y", "b", "i", "OPPOSE", "MEETING", null, "2026-10-01")
                .interest("z", "c", "i", "SUPPORT", "MEETING", null, "2026-10-01");
        AssessmentOutcome before = b.assess();
        assertEquals(0.667, before.indicator("FI-6").value());
        assertTrue(questionCodes(before).contains("Q-CONFLICT"));
        AssessmentOutcome after = b.override("x", "y", "COMPATIBLE").override("z", "y", "COMPATIBLE").assess();
        assertEquals(0.0, after.indicator("FI-6").value());
        assertEquals(Band.LOW, after.indicator("FI-6").band());
        assertFalse(questionCodes(after).contains("Q-CONFLICT"));
        assertEquals(Band.LOW, after.axis("FEASIBILITY_INCLUSIVITY").risk("FEASIBILITY").level());
    }

    @Test
    void shouldCapASmallCoreWithALargeGapAndAskAboutRepresentation() {
        AssessmentOutcome o = input()
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .population("ref", "TARGET_GROUP", "Huurders van de flat", "eigen telling", 2025,
                        "HOME_LANGUAGE:DUTCH=0.6", "HOME_LANGUAGE:OTHER=0.4")
                .profile("p", "core", "ACTIVE_PARTICIPANTS", "2026-10-01", 8, "ref",
                        "HOME_LANGUAGE:DUTCH=8", "HOME_LANGUAGE:OTHER=0")
                .assess();
        assertEquals(0.4, o.indicator("FI-5").value());
        assertEquals(Band.MEDIUM, o.indicator("FI-5").band());
        assertTrue(warningCodes(o).contains("SMALL_SAMPLE"));
        String rep = o.questions().stream().filter(q -> q.code().equals("Q-REP")).findFirst().orElseThrow()
                .text().get("en");
        assertEquals("The group of active participants differs from Referentie ref on home language (D = 0.40);"
                + " under-represented: OTHER. Does that matter for this initiative's purpose? Who pays the price if"
                + " it stays that way?", rep);
    }

    @Test
    void shouldWarnAboutAStaleConsultationAndAskAboutDrift() {
        AssessmentOutcome o = input().issue("i", true)
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .interest("core", "i", "OPPOSE")
                .consultation("core", "2023-06-01", 400, 200, "i=SUPPORT")
                .assess();
        assertEquals(List.of("S3", "S5"), o.indicator("RO-4").details().get("signals"));
        assertTrue(warningCodes(o).contains("STALE_CONSULTATION"));
        String drift = o.questions().stream().filter(q -> q.code().equals("Q-DRIFT")).findFirst().orElseThrow()
                .text().get("nl");
        assertTrue(drift.endsWith("Komt hun standpunt over Kwestie i nog overeen met dat van de achterban?"), drift);
    }

    @Test
    void shouldWarnWhenNothingIsOutOfScopeWhileAnAffectedGroupIsSilentAndAboutAssumedInterests() {
        AssessmentOutcome o = input().issues(2, 0)
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .group("quiet", "BROADER_PUBLIC", "UNKNOWN", true, false, false, null)
                .interest("q", "quiet", "in1", "SUPPORT", "ASSUMED", null, "2026-10-01")
                .assess();
        assertTrue(warningCodes(o).containsAll(List.of("NO_OUT_OF_SCOPE_ISSUES", "ASSUMED_INTERESTS")));
        AssessmentOutcome withOut = input().issues(2, 1)
                .group("quiet", "BROADER_PUBLIC", "UNKNOWN").assess();
        assertFalse(warningCodes(withOut).contains("NO_OUT_OF_SCOPE_ISSUES"));
    }

    @Test
    void shouldKeepMissingDataMissingForAnEmptySnapshot() {
        AssessmentOutcome o = input().assess();
        AssessmentOutcome.Axis fi = o.axis("FEASIBILITY_INCLUSIVITY");
        assertNull(fi.position());
        assertNull(fi.positionLabel());
        // counts stay computable (zero groups, zero issues); ratios do not
        assertEquals(Band.LOW, fi.risk("INCLUSIVITY").level());
        assertEquals(Band.NOT_COMPUTED, o.indicator("FI-3").band());
        assertEquals(Band.NOT_COMPUTED, fi.risk("BROADENING_PREVIEW").level());
        assertNull(o.axis("ROLE").position());
        assertEquals(Band.NOT_COMPUTED, o.axis("ROLE").risk("ROLE_TENSION").level());
        assertEquals(List.of(), o.axis("ROLE").risk("ROLE_TENSION").drivenBy());
        assertEquals(List.of("Q-RECORD"), questionCodes(o));
        assertEquals(13, o.indicators().size());
        assertTrue(warningCodes(o).contains("NOT_COMPUTED"));
    }

    @Test
    void shouldNotCountANotComputedIndicatorInTheRiskMaximum() {
        // FI-4 is LOW (no groups), FI-3 and FI-5 cannot be computed: inclusivity rests on FI-4 alone
        AssessmentOutcome o = input().issues(1, 0).assess();
        AssessmentOutcome.Risk inclusivity = o.axis("FEASIBILITY_INCLUSIVITY").risk("INCLUSIVITY");
        assertEquals(Band.LOW, inclusivity.level());
        assertEquals(List.of("FI-4"), inclusivity.drivenBy());
    }

    @Test
    void shouldPlaceAndLabelPositionOneOnItsLimits() {
        Thresholds t = Thresholds.defaults();
        assertEquals("FOCUSED", Axes.p1Label(t, 40));
        assertEquals("INTERMEDIATE", Axes.p1Label(t, 41));
        assertEquals("INTERMEDIATE", Axes.p1Label(t, 60));
        assertEquals("BROADENED", Axes.p1Label(t, 61));
        assertEquals(43, Axes.p1(t, Exact.ratio(2, 5), Exact.ratio(9, 20))); // 42.5 rounds half up
        assertEquals(55, Axes.p1(t, Exact.ratio(1, 2), Exact.ratio(3, 5)));
    }

    @Test
    void shouldAnswerWithTheSameOutcomeForTheSameSnapshot() {
        InputBuilder b = input().issues(2, 2).group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .group("g", "BROADER_PUBLIC", "NOT_INVOLVED", true, true, true, 10)
                .interest("core", "in1", "SUPPORT").interest("g", "in1", "OPPOSE").taken("DIRECT").wanted("LET_GO");
        assertEquals(b.assess(), b.assess());
    }

    @Test
    void shouldSerializeWithPlainJacksonIntoTheApiShape() throws Exception {
        AssessmentOutcome o = input().issues(1, 1).group("g", "BROADER_PUBLIC", "NOT_INVOLVED").assess();
        JsonNode json = new ObjectMapper().valueToTree(o);
        assertEquals("dilemma-1.0", json.get("methodVersion").asText());
        assertEquals("default-1", json.get("thresholdSetVersion").asText());
        JsonNode fi6 = json.get("indicators").get(5);
        assertEquals("FI-6", fi6.get("code").asText());
        assertTrue(fi6.get("value").isNull());
        assertEquals("NOT_COMPUTED", fi6.get("band").asText());
        assertEquals("Conflict density (in scope)", fi6.get("label").get("en").asText());
        for (String field : List.of("code", "axis", "label", "value", "band", "formula", "inputs", "explanation",
                "sources", "details")) {
            assertTrue(fi6.has(field), field);
        }
        JsonNode axis = json.get("axes").get(0);
        for (String field : List.of("axis", "position", "positionLabel", "markers", "risks")) {
            assertTrue(axis.has(field), field);
        }
        assertEquals(Map.of("nl", "Deze analyse ondersteunt uw afweging; zij neemt geen besluit en geeft geen oordeel"
                        + " over het initiatief.", "en", "This analysis supports your weighing; it does not decide and"
                        + " does not judge the initiative."),
                new ObjectMapper().convertValue(json.get("disclaimer"), Map.class));
        assertTrue(json.get("warnings").get(0).get("message").has("en"));
    }

    @Test
    void shouldSurviveRecordsWithTheirOptionalFieldsLeftEmpty() {
        AssessmentInput in = new AssessmentInput(java.time.LocalDate.parse("2026-11-01"), null,
                new AssessmentInput.Initiative("i", null, null, null, null),
                List.of(new AssessmentInput.Issue("x", null, true)),
                List.of(new AssessmentInput.StakeholderGroup("g", null, null, true, false, true, true, null, null, false)),
                List.of(new AssessmentInput.Interest("n", "g", "x", null, null, null, null, null, null),
                        new AssessmentInput.Interest("m", "nobody", "x", "WISH", "SUPPORT", "ASSUMED", null, null, null)),
                List.of(new AssessmentInput.ConflictOverride(null, null, null, null)),
                List.of(new AssessmentInput.RoleObservation("r", null, null, null, null, null, null),
                        new AssessmentInput.RoleObservation("t", "TAKEN", null, null, "DIRECT", null, null)),
                List.of(new AssessmentInput.KeyDecision("k", null, null, null)),
                List.of(new AssessmentInput.ParticipantProfile("p", "g", "CORE_GROUP", null, 5, "ref",
                        List.of(new AssessmentInput.ParticipantProfile.Count("GENDER", null, 5),
                                new AssessmentInput.ParticipantProfile.Count("AGE_BAND", "65+", 5)))),
                List.of(new AssessmentInput.PopulationProfile("ref", null, null, null, null, null,
                        List.of(new AssessmentInput.PopulationProfile.Share("AGE_BAND", "65+", 0.2)))),
                List.of(new AssessmentInput.CoreGroupSnapshot("c", "g", null, 0, 0, null)),
                List.of(new AssessmentInput.ConstituencyConsultation("q", "g", null, null, 0, 0, null)), null);
        AssessmentOutcome o = new DilemmaMethod().assess(in, Thresholds.defaults());
        assertEquals(75, o.axis("ROLE").position());
        assertEquals(0.4, o.indicator("FI-5").value()); // ½ |1.0 − 0.2|; the count without category is not read
        assertEquals(Band.MEDIUM, o.indicator("FI-5").band());
        assertTrue(warningCodes(o).containsAll(List.of("ASSUMED_INTERESTS", "SMALL_SAMPLE", "REFERENCE_NOT_JUSTIFIED")),
                warningCodes(o).toString());
        for (AssessmentOutcome.Question q : o.questions()) {
            assertFalse((q.text().get("nl") + q.text().get("en")).contains("{"), q.code());
        }
    }
}
