package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.speelveld.method.Scenarios.AddConsultation;
import nl.speelveld.method.Scenarios.AddGroup;
import nl.speelveld.method.Scenarios.AddIssue;
import nl.speelveld.method.Scenarios.Change;
import nl.speelveld.method.Scenarios.Respond;
import nl.speelveld.method.Scenarios.ScopeIssue;
import nl.speelveld.method.Scenarios.SetStance;
import nl.speelveld.method.Scenarios.SetVoice;
import nl.speelveld.method.Scenarios.TakeRole;

/**
 * What-if scenarios on the worked cases: a scenario's outcome is exactly the outcome of the method on the data as
 * they would be after the change (the case file changed the same way and loaded afresh), and the base snapshot is
 * never changed.
 */
class ScenariosTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DilemmaMethod METHOD = new DilemmaMethod();

    private static ObjectNode caseFile(String name) throws IOException {
        return (ObjectNode) JSON.readTree(Files.readString(WorkedCasesTest.casesDir().resolve(name)));
    }

    private static AssessmentOutcome assess(ObjectNode c) {
        return METHOD.assess(WorkedCasesTest.LoadedCase.load(c, null).input(), Thresholds.defaults());
    }

    private static AssessmentOutcome scenario(ObjectNode c, List<Change> changes) {
        AssessmentInput base = WorkedCasesTest.LoadedCase.load(c, null).input();
        return METHOD.assess(Scenarios.apply(base, changes), Thresholds.defaults());
    }

    private static String issue(String key) {
        return WorkedCasesTest.LoadedCase.id("issue", key);
    }

    private static String group(String key) {
        return WorkedCasesTest.LoadedCase.id("group", key);
    }

    @Test
    void shouldMovePositionOneAndIssueLoadExactlyAsPuttingEveryRaisedIssueInScopeWould() throws IOException {
        ObjectNode a = caseFile("case-a-energy.json");
        AssessmentOutcome before = assess(a);
        List<Change> changes = new ArrayList<>();
        for (String key : List.of("I3", "I4", "I5")) {
            changes.add(new ScopeIssue(issue(key), true));
        }
        AssessmentOutcome what = scenario(a, changes);
        a.get("issues").forEach(i -> ((ObjectNode) i).put("inScope", true));
        AssessmentOutcome fresh = assess(a);

        assertEquals(fresh, what); // every field: axes, indicators with inputs and details, flags, warnings, questions
        Delta d = Delta.between(before, what);
        assertEquals(40, d.axes().get(0).positionBefore());
        assertEquals(fresh.axis("FEASIBILITY_INCLUSIVITY").position(), d.axes().get(0).positionAfter());
        assertNotEquals(40, d.axes().get(0).positionAfter());
        Delta.IndicatorDelta fi2 = d.indicators().stream().filter(i -> i.code().equals("FI-2")).findFirst()
                .orElseThrow();
        assertEquals(2, fi2.valueBefore());
        assertEquals(5, fi2.valueAfter());
        assertEquals(Band.HIGH, fi2.bandAfter());
    }

    @Test
    void shouldGiveTheSilentTenantsAMandatedVoiceExactlyAsRecordingItWould() throws IOException {
        ObjectNode a = caseFile("case-a-energy.json");
        AssessmentOutcome what = scenario(a, List.of(new SetVoice(group("tenants"), "REPRESENTED_WITH_MANDATE")));
        a.get("groups").forEach(g -> {
            if (g.get("key").asText().equals("tenants")) {
                ((ObjectNode) g).put("voice", "REPRESENTED_WITH_MANDATE");
            }
        });
        assertEquals(assess(a), what);
    }

    @Test
    void shouldLetTheMunicipalityTakeTheFacilitatingRoleAsANewObservationWould() throws IOException {
        ObjectNode b = caseFile("case-b-park.json");
        AssessmentOutcome before = assess(b);
        AssessmentOutcome what = scenario(b, List.of(new TakeRole("FACILITATE")));
        ObjectNode taken = JSON.createObjectNode().put("kind", "TAKEN").put("holderSource", "PUBLIC_ORGANISATION")
                .put("role", "FACILITATE").put("observedOn", b.get("asOf").asText()).put("evidence", "OBSERVATION");
        ((ArrayNode) b.get("roleObservations")).add(taken);
        AssessmentOutcome fresh = assess(b);

        // the ids of records loaded after the new observation differ (the loader numbers them), so compare what a
        // reader weighs: axes, values, bands, formulas, flags, warnings and questions
        assertEquals(fresh.axes(), what.axes());
        for (AssessmentOutcome.Indicator i : fresh.indicators()) {
            AssessmentOutcome.Indicator j = what.indicator(i.code());
            assertEquals(i.value(), j.value(), i.code());
            assertEquals(i.band(), j.band(), i.code());
            assertEquals(i.formula(), j.formula(), i.code() + " formula"); // details name records by id
        }
        assertEquals(fresh.flags(), what.flags());
        assertEquals(fresh.warnings(), what.warnings());
        assertEquals(fresh.questions(), what.questions());
        Delta d = Delta.between(before, what);
        assertEquals(100, d.axes().get(1).positionBefore());
        assertEquals(25, d.axes().get(1).positionAfter());
    }

    /** What a reader weighs: axes, every indicator's value, band and formula, flags, warnings and questions. */
    private static void assertSameReading(AssessmentOutcome fresh, AssessmentOutcome what) {
        assertEquals(fresh.axes(), what.axes());
        for (AssessmentOutcome.Indicator i : fresh.indicators()) {
            AssessmentOutcome.Indicator j = what.indicator(i.code());
            assertEquals(i.value(), j.value(), i.code());
            assertEquals(i.band(), j.band(), i.code());
            assertEquals(i.formula(), j.formula(), i.code() + " formula");
        }
        assertEquals(fresh.flags(), what.flags());
        assertEquals(fresh.warnings(), what.warnings());
        assertEquals(fresh.questions(), what.questions());
    }

    @Test
    void shouldRaiseANewIssueAsRecordingItWould() throws IOException {
        ObjectNode a = caseFile("case-a-energy.json");
        AssessmentOutcome what = scenario(a, List.of(new AddIssue(Map.of("nl", "Laadpalen"), true)));
        ((ArrayNode) a.get("issues")).add(JSON.createObjectNode().put("key", "I6").put("inScope", true)
                .set("label", JSON.createObjectNode().put("nl", "Laadpalen")));
        AssessmentOutcome fresh = assess(a);
        assertSameReading(fresh, what);
        assertEquals(3, what.indicator("FI-2").value());
    }

    @Test
    void shouldAddAStakeholderGroupAsRecordingItWould() throws IOException {
        ObjectNode a = caseFile("case-a-energy.json");
        AssessmentOutcome what = scenario(a, List.of(new AddGroup("Bewoners zonder dak", "BROADER_PUBLIC", true, false,
                true, true, "NOT_INVOLVED")));
        ((ArrayNode) a.get("groups")).add(JSON.createObjectNode().put("key", "roofless")
                .put("name", "Bewoners zonder dak").put("source", "BROADER_PUBLIC").put("affected", true)
                .put("power", false).put("legitimacy", true).put("urgency", true).put("voice", "NOT_INVOLVED"));
        assertSameReading(assess(a), what);
        assertEquals(4, what.indicator("FI-4").value());
    }

    @Test
    void shouldAddAConsultationAsRecordingItWould() throws IOException {
        ObjectNode a = caseFile("case-a-energy.json");
        AssessmentOutcome what = scenario(a, List.of(new AddConsultation(group("members"),
                LocalDate.parse("2026-10-15"), 10, 175)));
        ((ArrayNode) a.get("constituencyConsultations")).add(JSON.createObjectNode()
                .put("representativeGroup", "members").put("heldOn", "2026-10-15").put("constituencySize", 175)
                .put("respondents", 10).set("issueStances", JSON.createArrayNode()));
        assertSameReading(assess(a), what);
        assertEquals(List.of("S4"), what.indicator("RO-4").details().get("signals"), "reach 10/175 < 0.10");
    }

    @Test
    void shouldSetAStanceAndARespondAsRecordingThemWould() throws IOException {
        ObjectNode a = caseFile("case-a-energy.json");
        AssessmentInput base = WorkedCasesTest.LoadedCase.load(a, null).input();
        // the owners' latest interest on I1 (SUPPORT) becomes OPPOSE; the first interest gets an answer
        AssessmentOutcome what = METHOD.assess(Scenarios.apply(base, List.of(
                new SetStance(group("owners"), issue("I1"), "OPPOSE"),
                new Respond(base.interests().get(0).id(), "ADOPTED"))), Thresholds.defaults());
        for (var it : a.get("interests")) {
            if (it.get("group").asText().equals("owners") && it.get("issue").asText().equals("I1")) {
                ((ObjectNode) it).put("stance", "OPPOSE");
            }
        }
        ((ObjectNode) a.get("interests").get(0)).put("response", "ADOPTED");
        assertSameReading(assess(a), what);
    }

    @Test
    void shouldNeverChangeTheBaseSnapshot() throws IOException {
        AssessmentInput base = WorkedCasesTest.LoadedCase.load(caseFile("case-a-energy.json"), null).input();
        AssessmentInput copy = WorkedCasesTest.LoadedCase.load(caseFile("case-a-energy.json"), null).input();
        Scenarios.apply(base, List.of(new ScopeIssue(issue("I3"), true), new SetVoice(group("tenants"), "SPOKEN_FOR"),
                new SetStance(group("tenants"), issue("I1"), "OPPOSE"), new TakeRole("REGULATE"),
                new AddGroup("Huurdersvereniging", "BROADER_PUBLIC", true, false, true, false, "ACTIVELY_INVOLVED"),
                new AddIssue(Map.of("nl", "Laadpalen"), false),
                new AddConsultation(group("members"), LocalDate.parse("2026-10-01"), 40, 175),
                new Respond(base.interests().get(0).id(), "ADOPTED")));
        assertEquals(copy, base);
    }

    @Test
    void shouldReplaceTheLatestStanceOrAddAnAssumedOne() {
        InputBuilder b = input().issue("x", true).group("a", "BROADER_PUBLIC", "ACTIVELY_INVOLVED")
                .group("b", "BROADER_PUBLIC", "ACTIVELY_INVOLVED")
                .interest("ia", "a", "x", "SUPPORT", "SURVEY", null, "2026-10-01");
        AssessmentInput changed = Scenarios.apply(b.build(), List.of(new SetStance("a", "x", "OPPOSE"),
                new SetStance("b", "x", "SUPPORT")));
        assertEquals(2, changed.interests().size());
        assertEquals("ia", changed.interests().get(0).id());
        assertEquals("OPPOSE", changed.interests().get(0).stance());
        assertEquals("SURVEY", changed.interests().get(0).evidence());
        assertEquals("ASSUMED", changed.interests().get(1).evidence());
        AssessmentOutcome o = METHOD.assess(changed, Thresholds.defaults());
        assertEquals(1.0, o.indicator("FI-6").value()); // the one pair now conflicts
        assertTrue(o.warnings().stream().anyMatch(w -> w.code().equals("ASSUMED_INTERESTS")));
    }

    @Test
    void shouldAnswerTheWeighingOfAPartialInterest() {
        InputBuilder b = input().issue("x", true).group("g", "BROADER_PUBLIC", "NOT_INVOLVED")
                .interest("i", "g", "x", "SUPPORT", "SURVEY", null, "2026-10-01");
        AssessmentOutcome before = b.assess();
        AssessmentOutcome after = METHOD.assess(Scenarios.apply(b.build(), List.of(new Respond("i", "ADOPTED"))),
                Thresholds.defaults());
        assertEquals(0.0, before.indicator("RO-5").value());
        assertEquals(1.0, after.indicator("RO-5").value());
        Delta d = Delta.between(before, after);
        assertEquals(List.of("RO-5"), d.indicators().stream().map(Delta.IndicatorDelta::code).toList());
        assertTrue(d.questions().removed().contains("Q-WEIGH"));
    }

    @Test
    void shouldRefuseAChangeThatDoesNotFitTheSnapshotNamingItsPlaceAndField() {
        AssessmentInput base = input().issue("x", true).group("g", "BROADER_PUBLIC", "NOT_INVOLVED").build();
        Scenarios.InvalidChange e = assertThrows(Scenarios.InvalidChange.class, () -> Scenarios.apply(base,
                List.of(new SetVoice("g", "ACTIVELY_INVOLVED"), new SetVoice("nobody", "ACTIVELY_INVOLVED"))));
        assertEquals(1, e.index());
        assertEquals("groupId", e.field());
        e = assertThrows(Scenarios.InvalidChange.class, () -> Scenarios.apply(base,
                List.of(new TakeRole("BOSS"))));
        assertEquals("role", e.field());
        e = assertThrows(Scenarios.InvalidChange.class, () -> Scenarios.apply(base,
                List.of(new AddConsultation("g", LocalDate.parse("2026-10-01"), 50, 10))));
        assertEquals("respondents", e.field());
        e = assertThrows(Scenarios.InvalidChange.class, () -> Scenarios.apply(base, List.of()));
        assertEquals("changes", e.field());
        List<Change> many = new ArrayList<>();
        for (int i = 0; i <= Scenarios.MAX_CHANGES; i++) {
            many.add(new TakeRole("LET_GO"));
        }
        assertThrows(Scenarios.InvalidChange.class, () -> Scenarios.apply(base, many));
        // a later change sees what an earlier one added
        Scenarios.apply(base, List.of(new AddIssue(Map.of("nl", "Nieuw"), true)));
    }
}
