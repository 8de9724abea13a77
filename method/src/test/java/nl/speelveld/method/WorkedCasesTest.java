package nl.speelveld.method;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the method on the two worked cases of the repository's {@code examples/cases}, built into a snapshot the same
 * way the case runner loads them through the API (generated ids, every interest recorded on the case's asOf, in
 * file order), and checks every item of each case's {@code expected} block on the JSON that plain Jackson writes.
 */
class WorkedCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double TOL = 0.005;

    static Path casesDir() {
        return Path.of("").toAbsolutePath().getParent().resolve("examples/cases");
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-a-energy.json", "case-b-park.json"})
    void shouldReproduceEveryExpectedItemOfTheWorkedCase(String file) throws IOException {
        Path path = casesDir().resolve(file);
        assertTrue(Files.exists(path), "worked case missing from the repository: " + path);
        JsonNode root = JSON.readTree(Files.readString(path, StandardCharsets.UTF_8));
        for (JsonNode assessment : root.get("assessments")) {
            LoadedCase loaded = LoadedCase.load(root, assessment.get("request"));
            AssessmentOutcome outcome = new DilemmaMethod().assess(loaded.input(), Thresholds.defaults());
            JsonNode got = JSON.valueToTree(outcome);
            compare(assessment.get("label").asText(), got, assessment.get("expected"), loaded);
        }
    }

    private static void compare(String label, JsonNode got, JsonNode exp, LoadedCase ids) {
        List<Executable> checks = new ArrayList<>();
        Map<String, JsonNode> axes = by(got.get("axes"), "axis");
        for (String[] pair : new String[][] {{"FEASIBILITY_INCLUSIVITY", "feasibilityInclusivity"}, {"ROLE", "role"}}) {
            JsonNode a = axes.get(pair[0]);
            JsonNode e = exp.get(pair[1]);
            checks.add(() -> assertEquals(e.get("position").asInt(), a.get("position").asInt(), label + " " + pair[0] + " position"));
            checks.add(() -> assertEquals(e.get("positionLabel").asText(), a.get("positionLabel").asText(), label + " " + pair[0] + " label"));
            Map<String, JsonNode> risks = by(a.get("risks"), "type");
            e.get("risks").fields().forEachRemaining(r -> checks.add(() -> assertEquals(r.getValue().asText(),
                    risks.get(r.getKey()).get("level").asText(), label + " " + pair[0] + " risk " + r.getKey())));
        }
        Map<String, JsonNode> inds = by(got.get("indicators"), "code");
        exp.get("indicators").fields().forEachRemaining(entry -> {
            String code = entry.getKey();
            JsonNode e = entry.getValue();
            JsonNode g = inds.get(code);
            checks.add(() -> assertNotNull(g, code + " present"));
            checks.add(() -> assertEquals(e.get("band").asText(), g.get("band").asText(), label + " " + code + " band"));
            JsonNode details = g.get("details");
            if ("FI-8".equals(code)) {
                checks.add(() -> assertEquals(e.get("value").get("issuesRaised").asInt(), details.get("issuesRaised").asInt(),
                        label + " FI-8 issuesRaised"));
                checks.add(() -> assertNumber(e.get("value").get("conflictDensityAll"), details.get("conflictDensityAll"),
                        label + " FI-8 conflictDensityAll"));
            } else {
                checks.add(() -> assertNumber(e.get("value"), g.get("value"), label + " " + code + " value"));
            }
            if ("FI-4".equals(code)) {
                checks.add(() -> {
                    TreeSet<String> keys = new TreeSet<>();
                    details.get("silentGroups").forEach(sg -> keys.add(ids.groupKey(sg.get("id").asText())));
                    assertEquals(strings(e.get("groups")), new ArrayList<>(keys), label + " FI-4 silentGroups");
                });
            }
            if ("FI-5".equals(code)) {
                checks.add(() -> assertEquals(strings(e.get("underRepresented")),
                        sorted(strings(details.get("headline").get("underRepresented"))), label + " FI-5 underRepresented"));
            }
            if ("RO-4".equals(code)) {
                checks.add(() -> assertEquals(strings(e.get("signals")), sorted(strings(details.get("signals"))),
                        label + " RO-4 signals"));
            }
        });
        checks.add(() -> assertEquals(strings(exp.get("flags")), sorted(strings(got.get("flags"))), label + " flags"));
        checks.add(() -> assertEquals(strings(exp.get("warnings")), codes(got.get("warnings")), label + " warnings"));
        checks.add(() -> assertEquals(strings(exp.get("questions")), codes(got.get("questions")), label + " questions"));
        for (JsonNode q : got.get("questions")) {
            checks.add(() -> {
                String nl = q.get("text").path("nl").asText("");
                String en = q.get("text").path("en").asText("");
                assertFalse(nl.isBlank() || en.isBlank(), q.get("code") + " has nl and en text");
                assertFalse((nl + en).contains("{") || (nl + en).contains("}"), q.get("code") + " placeholders filled: " + nl + " / " + en);
            });
        }
        checks.add(() -> assertEquals("dilemma-1.0", got.get("methodVersion").asText()));
        checks.add(() -> assertTrue(got.get("disclaimer").get("nl").asText().startsWith("Deze analyse ondersteunt uw afweging")));
        assertAll(label, checks);
    }

    private static void assertNumber(JsonNode expected, JsonNode actual, String what) {
        assertNotNull(actual, what);
        if (expected.isNull()) {
            assertTrue(actual.isNull(), what + " is null");
        } else if (expected.isIntegralNumber()) {
            assertTrue(actual.isIntegralNumber(), what + " is a whole number, got " + actual);
            assertEquals(expected.asLong(), actual.asLong(), what);
        } else {
            assertTrue(actual.isNumber(), what + " is a number, got " + actual);
            assertEquals(expected.asDouble(), actual.asDouble(), TOL, what);
        }
    }

    private static Map<String, JsonNode> by(JsonNode array, String key) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        array.forEach(n -> m.put(n.get(key).asText(), n));
        return m;
    }

    private static List<String> strings(JsonNode array) {
        List<String> l = new ArrayList<>();
        array.forEach(n -> l.add(n.asText()));
        return l;
    }

    private static List<String> sorted(List<String> l) {
        return new ArrayList<>(new TreeSet<>(l));
    }

    private static List<String> codes(JsonNode array) {
        TreeSet<String> s = new TreeSet<>();
        array.forEach(n -> s.add(n.get("code").asText()));
        return new ArrayList<>(s);
    }

    /** A case file turned into a snapshot, with the key ↔ id maps the checks need. */
    record LoadedCase(AssessmentInput input, Map<String, String> groupIds, Map<String, String> issueIds,
                      Map<String, String> populationIds) {

        String groupKey(String id) {
            return groupIds.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey)
                    .findFirst().orElse("?");
        }

        static String id(String kind, String key) {
            return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
        }

        static LoadedCase load(JsonNode c, JsonNode request) {
            LocalDate asOf = LocalDate.parse(c.get("asOf").asText());
            Instant clock = Instant.parse("2026-01-01T00:00:00Z");
            Map<String, String> issueIds = new LinkedHashMap<>();
            Map<String, String> groupIds = new LinkedHashMap<>();
            Map<String, String> popIds = new LinkedHashMap<>();
            JsonNode ini = c.get("initiative");
            AssessmentInput.Initiative initiative = new AssessmentInput.Initiative(id("initiative", "1"),
                    texts(ini.get("title")), ini.get("type").asText(), longOrNull(ini.get("budgetPerYear")),
                    longOrNull(ini.get("governmentFundingPerYear")));
            List<AssessmentInput.Issue> issues = list(c.get("issues"), i -> {
                issueIds.put(i.get("key").asText(), id("issue", i.get("key").asText()));
                return new AssessmentInput.Issue(issueIds.get(i.get("key").asText()), texts(i.get("label")),
                        i.get("inScope").asBoolean());
            });
            List<AssessmentInput.StakeholderGroup> groups = list(c.get("groups"), g -> {
                groupIds.put(g.get("key").asText(), id("group", g.get("key").asText()));
                return new AssessmentInput.StakeholderGroup(groupIds.get(g.get("key").asText()), g.get("name").asText(),
                        g.get("source").asText(), g.path("affected").asBoolean(false), g.path("power").asBoolean(false),
                        g.path("legitimacy").asBoolean(false), g.path("urgency").asBoolean(false),
                        g.path("voice").asText("UNKNOWN"), g.has("estimatedSize") ? g.get("estimatedSize").asInt() : null,
                        g.path("hardToReach").asBoolean(false));
            });
            int[] seq = {0};
            List<AssessmentInput.Interest> interests = list(c.get("interests"), it -> new AssessmentInput.Interest(
                    id("interest", String.valueOf(seq[0])), groupIds.get(it.get("group").asText()),
                    issueIds.get(it.get("issue").asText()), it.get("kind").asText(), it.get("stance").asText(),
                    it.get("evidence").asText(), asOf, clock.plusSeconds(seq[0]++),
                    it.has("response") ? it.get("response").asText() : null));
            List<AssessmentInput.RoleObservation> roles = list(c.get("roleObservations"), o -> new AssessmentInput.RoleObservation(
                    id("role", String.valueOf(seq[0])), o.get("kind").asText(), o.get("holderSource").asText(),
                    o.has("holderGroup") ? groupIds.get(o.get("holderGroup").asText()) : null, o.get("role").asText(),
                    LocalDate.parse(o.get("observedOn").asText()), clock.plusSeconds(seq[0]++)));
            List<AssessmentInput.KeyDecision> decisions = list(c.get("keyDecisions"), d -> new AssessmentInput.KeyDecision(
                    id("decision", String.valueOf(seq[0]++)), d.get("subject").asText(),
                    LocalDate.parse(d.get("decidedOn").asText()), d.get("decidedBy").asText()));
            List<AssessmentInput.PopulationProfile> pops = list(c.get("populationProfiles"), p -> {
                popIds.put(p.get("key").asText(), id("population", p.get("key").asText()));
                return new AssessmentInput.PopulationProfile(popIds.get(p.get("key").asText()), p.get("name").asText(),
                        p.get("basis").asText(), p.has("rationale") ? p.get("rationale").asText() : null,
                        p.has("sourceTable") ? p.get("sourceTable").asText() : null,
                        p.has("referenceYear") ? p.get("referenceYear").asInt() : null,
                        list(p.get("shares"), sh -> new AssessmentInput.PopulationProfile.Share(sh.get("dimension").asText(),
                                sh.get("category").asText(), sh.get("value").asDouble())),
                        p.has("source") ? p.get("source").asText() : null);
            });
            List<AssessmentInput.ParticipantProfile> profiles = list(c.get("participantProfiles"), p -> new AssessmentInput.ParticipantProfile(
                    id("profile", String.valueOf(seq[0]++)), groupIds.get(p.get("group").asText()), p.get("scope").asText(),
                    LocalDate.parse(p.get("measuredOn").asText()), p.get("n").asInt(),
                    p.has("reference") ? popIds.get(p.get("reference").asText()) : null,
                    list(p.get("counts"), n -> new AssessmentInput.ParticipantProfile.Count(n.get("dimension").asText(),
                            n.get("category").asText(), n.get("count").asInt()))));
            List<AssessmentInput.CoreGroupSnapshot> snapshots = list(c.get("coreGroupSnapshots"), s -> new AssessmentInput.CoreGroupSnapshot(
                    id("snapshot", String.valueOf(seq[0]++)), groupIds.get(s.get("group").asText()),
                    LocalDate.parse(s.get("takenOn").asText()), s.get("coreSize").asInt(),
                    s.get("coreJoinedLast24Months").asInt(), s.has("membersTotal") ? s.get("membersTotal").asInt() : null));
            List<AssessmentInput.ConstituencyConsultation> consultations = list(c.get("constituencyConsultations"),
                    k -> new AssessmentInput.ConstituencyConsultation(id("consultation", String.valueOf(seq[0]++)),
                            groupIds.get(k.get("representativeGroup").asText()),
                            k.has("constituencyGroup") ? groupIds.get(k.get("constituencyGroup").asText()) : null,
                            LocalDate.parse(k.get("heldOn").asText()), k.get("constituencySize").asInt(),
                            k.get("respondents").asInt(),
                            list(k.get("issueStances"), st -> new AssessmentInput.ConstituencyConsultation.IssueStance(
                                    issueIds.get(st.get("issue").asText()), st.get("majorityStance").asText()))));
            List<String> refs = new ArrayList<>();
            if (request != null && request.has("referenceProfiles")) {
                request.get("referenceProfiles").forEach(k -> refs.add(popIds.get(k.asText())));
            }
            List<AssessmentInput.ConflictOverride> overrides = List.of();
            AssessmentInput input = new AssessmentInput(asOf, refs, initiative, issues, groups, interests, overrides,
                    roles, decisions, profiles, pops, snapshots, consultations, null);
            return new LoadedCase(input, groupIds, issueIds, popIds);
        }

        private static <T> List<T> list(JsonNode array, Function<JsonNode, T> f) {
            List<T> out = new ArrayList<>();
            if (array != null) {
                array.forEach(n -> out.add(f.apply(n)));
            }
            return out;
        }

        private static Map<String, String> texts(JsonNode node) {
            Map<String, String> m = new LinkedHashMap<>();
            if (node != null) {
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                it.forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
            }
            return m;
        }

        private static Long longOrNull(JsonNode n) {
            return n == null || n.isNull() ? null : n.asLong();
        }
    }
}
