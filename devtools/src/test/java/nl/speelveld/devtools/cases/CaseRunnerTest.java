package nl.speelveld.devtools.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case runner against a stub of the three services that answers each assessment with what the case expects,
 * or with what it is told to change: the worked cases in {@code examples/cases} pass with exactly as many checks as
 * they have items, a wrong expected value is a FAIL line and a non-zero exit status, decimals compare within the
 * tolerance, and the load requests are the ones a portal sends.
 */
class CaseRunnerTest {

    static final Path CASES = Path.of("").toAbsolutePath().getParent().resolve("examples/cases");
    static final Path CASE_A = CASES.resolve("case-a-energy.json");
    static final Path CASE_B = CASES.resolve("case-b-park.json");
    static final String TOKEN = "test-token";

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static JsonNode read(Path file) throws IOException {
        return Values.JSON.readTree(Files.readAllBytes(file));
    }

    /** A stub whose assessment answers match the case's n-th expected outcome, with decimals moved by drift. */
    private static StubServices stubFor(Path caseFile, double drift) throws IOException {
        JsonNode kase = read(caseFile);
        Map<String, String> keysByName = new HashMap<>();
        kase.get("groups").forEach(g -> keysByName.put(g.get("name").textValue(), g.get("key").textValue()));
        AtomicInteger n = new AtomicInteger();
        StubServices[] stub = new StubServices[1];
        stub[0] = new StubServices(request -> {
            Map<String, String> idsByKey = new HashMap<>();
            stub[0].groupIdsByName().forEach((name, id) -> idsByKey.put(keysByName.get(name), id));
            JsonNode expected = kase.get("assessments").get(n.getAndIncrement()).get("expected");
            return StubServices.answerFor(expected, idsByKey, drift);
        });
        return stub[0];
    }

    private int execute(StubServices stub, Object... args) {
        List<String> line = new ArrayList<>();
        for (Object arg : args) {
            line.add(arg.toString());
        }
        line.addAll(List.of("--token", TOKEN, "--initiative-url", stub.url(), "--stakeholder-url", stub.url() + "/",
                "--assessment-url", stub.url()));
        return CaseRunner.execute("test", line, tmp, null, out, err);
    }

    @Test
    void shouldPassEveryCheckOfCaseAWhenTheAnswerMatches() throws Exception {
        try (StubServices stub = stubFor(CASE_A, 0)) {
            assertEquals(0, execute(stub, CASE_A, "--quiet"), printed() + errors);
        }
        assertEquals("loaded Case A: Energiecooperatie Zonnewijk (neighbourhood energy cooperative) as initiative"
                + " id-1\n50 passed, 0 failed\n", printed());
    }

    @Test
    void shouldPassEveryCheckOfCaseBWhenTheAnswerMatches() throws Exception {
        try (StubServices stub = stubFor(CASE_B, 0)) {
            CaseRunner.Result result = CaseRunner.run(CASE_B, CaseRunner.Options.local(TOKEN)
                    .withUrls(stub.url(), stub.url(), stub.url()), out);
            assertEquals(new CaseRunner.Result(52, 0), result);
        }
        assertTrue(printed().contains("ok    [default] FI-4 silentGroups: [\"neighbours\",\"youth\"]\n"), printed());
        assertTrue(printed().contains("ok    [default] chart.svg is served as image/svg+xml: 200\n"), printed());
        assertFalse(printed().contains("FAIL"), printed());
    }

    @Test
    void shouldReportAWrongExpectedValueAsAFailedCheckAndExitNonZero() throws Exception {
        ObjectNode expected = (ObjectNode) read(CASE_A).get("assessments").get(0).get("expected").deepCopy();
        ((ObjectNode) expected.get("indicators").get("FI-2")).put("band", "HIGH");
        Path file = tmp.resolve("wrong.json");
        Files.writeString(file, Values.JSON.createArrayNode().add(expected).toString());
        try (StubServices stub = stubFor(CASE_A, 0)) {
            assertEquals(1, execute(stub, CASE_A, "--quiet", "--expected", "wrong.json"));
        }
        assertTrue(printed().contains("\nFAIL  [default] FI-2 band: got \"LOW\", expected \"HIGH\"\n"), printed());
        assertTrue(printed().endsWith("\n49 passed, 1 failed\n"), printed());
    }

    @Test
    void shouldAcceptDecimalsWithinTheToleranceAndFailThoseOutsideIt() throws Exception {
        try (StubServices stub = stubFor(CASE_A, 0.004)) {
            assertEquals(0, execute(stub, CASE_A, "--quiet"), printed());
        }
        printed.reset();
        try (StubServices stub = stubFor(CASE_A, 0.006)) {
            assertEquals(1, execute(stub, CASE_A, "--quiet"));
        }
        // case A expects seven decimals: FI-1, FI-3, FI-5, FI-6, FI-8 conflictDensityAll, RO-3, RO-5
        assertEquals(7, printed().lines().filter(l -> l.startsWith("FAIL  ")).count(), printed());
        assertTrue(printed().contains("FAIL  [default] RO-3 value: got 0.923, expected 0.917\n"), printed());
        assertTrue(printed().endsWith("\n43 passed, 7 failed\n"), printed());
    }

    @Test
    void shouldLoadTheCaseTheWayAPortalDoes() throws Exception {
        JsonNode kase = read(CASE_A);
        try (StubServices stub = stubFor(CASE_A, 0)) {
            assertEquals(0, execute(stub, CASE_A, "--quiet"), printed() + errors);

            assertTrue(stub.calls.stream().allMatch(c -> ("Bearer " + TOKEN).equals(c.headers().get("authorization"))));
            assertEquals(kase.get("initiative"), stub.calls("POST", "/v1/initiatives").get(0).body());
            assertEquals(5, stub.calls("POST", "/v1/initiatives/id-1/issues").size());
            // I1 and I2 are in scope: the first two issues created
            assertEquals(Values.JSON.readTree("[\"id-2\",\"id-3\"]"), stub.calls("POST",
                    "/v1/initiatives/id-1/problem-definitions").get(0).body().get("issueIdsInScope"));
            List<StubServices.Call> interests = stub.calls("POST", "/v1/interests");
            assertEquals(16, interests.size());
            assertTrue(interests.stream().allMatch(c -> c.body().get("recordedOn").equals(kase.get("asOf"))
                    && c.body().get("initiativeId").textValue().equals("id-1")));
            assertEquals("wish van owners over I1", interests.get(1).body().get("statement").get("nl").textValue());
            List<StubServices.Call> responses = stub.calls.stream().filter(c -> c.method().equals("PUT")).toList();
            assertEquals(1, responses.size());
            assertEquals(StubServices.INTEREST_ETAG, responses.get(0).headers().get("if-match"));
            assertEquals(Values.JSON.readTree("{\"status\":\"ADOPTED\",\"respondedOn\":\"2026-11-01\","
                    + "\"respondedBy\":\"GOVERNMENT\"}"), responses.get(0).body());
            assertFalse(stub.calls("POST", "/v1/stakeholder-groups").get(0).body().has("key"));
            JsonNode consultation = stub.calls("POST", "/v1/constituency-consultations").get(0).body();
            assertFalse(consultation.has("representativeGroup"));
            assertEquals(2, consultation.get("issueStances").size());
            JsonNode assessment = stub.calls("POST", "/v1/assessments").get(0).body();
            assertEquals(Values.JSON.readTree("{\"initiativeId\":\"id-1\",\"asOf\":\"2026-11-01\"}"), assessment);
            assertEquals(1, stub.calls.stream().filter(c -> c.path().endsWith("/chart.svg")
                    && "image/svg+xml".equals(c.headers().get("accept"))).count());
        }
    }

    @Test
    void shouldAskEachAssessmentWithItsOwnAsOfAndReferenceProfiles() throws Exception {
        ObjectNode kase = (ObjectNode) read(CASE_A);
        ObjectNode whatIf = ((ArrayNode) kase.get("assessments")).get(0).deepCopy();
        whatIf.put("label", "what-if");
        ObjectNode request = whatIf.putObject("request").put("asOf", "2027-03-01");
        request.putArray("referenceProfiles").add("zonnewijk");
        ((ArrayNode) kase.get("assessments")).add(whatIf);
        Path file = tmp.resolve("two-dates.json");
        Files.writeString(file, kase.toString());
        try (StubServices stub = stubFor(file, 0)) {
            assertEquals(0, execute(stub, "two-dates.json", "--quiet"), printed() + errors);
            List<StubServices.Call> asked = stub.calls("POST", "/v1/assessments");
            assertEquals(2, asked.size());
            assertEquals(TextNode.valueOf("2026-11-01"), asked.get(0).body().get("asOf"));
            assertFalse(asked.get(0).body().has("referenceProfileIds"));
            assertEquals(TextNode.valueOf("2027-03-01"), asked.get(1).body().get("asOf"));
            String populationId = stub.calls("POST", "/v1/population-profiles").get(0).answer().get("id").textValue();
            assertEquals(Values.JSON.createArrayNode().add(populationId),
                    asked.get(1).body().get("referenceProfileIds"));
        }
        assertTrue(printed().endsWith("\n100 passed, 0 failed\n"), printed());
    }

    @Test
    void shouldFailEveryCheckOfAnIndicatorTheAnswerLacks() throws Exception {
        JsonNode kase = read(CASE_B);
        JsonNode expected = kase.get("assessments").get(0).get("expected");
        ObjectNode got = StubServices.answerFor(expected, Map.of(), 0);
        ((ArrayNode) got.get("indicators")).remove(got.get("indicators").size() - 1);  // RO-5
        Checks checks = new Checks(out, true);
        CaseRunner.compare(checks, "x", got, expected, Map.of());
        assertEquals("FAIL  [x] FI-4 silentGroups: got [\"?\",\"?\"], expected [\"neighbours\",\"youth\"]\n"
                + "FAIL  [x] RO-5 band: got null, expected \"MEDIUM\"\n"
                + "FAIL  [x] RO-5 value: got null, expected 0.25\n", printed());
        assertEquals(3, checks.failed());
    }

    @Test
    void shouldStopACaseThatAServiceRefusesWithAFatalMessage() throws Exception {
        try (StubServices stub = stubFor(CASE_A, 0)) {
            int status = CaseRunner.execute("test", List.of(CASE_A.toString(), "--token", TOKEN,
                    "--initiative-url", stub.url() + "/nowhere"), tmp, null, out, err);
            assertEquals(1, status);
        }
        String error = errors.toString(StandardCharsets.UTF_8);
        assertTrue(error.startsWith("FATAL: POST http://") && error.contains("/nowhere/v1/initiatives answered 404,"
                + " expected 201"), error);
    }

    @Test
    void shouldNameAMissingFieldOfTheCase() throws Exception {
        ObjectNode kase = (ObjectNode) read(CASE_A);
        ((ObjectNode) ((ArrayNode) kase.get("assessments")).get(0)).remove("expected");
        Path file = tmp.resolve("no-expected.json");
        Files.writeString(file, kase.toString());
        CaseException e = assertThrows(CaseException.class, () -> CaseRunner.run(file, CaseRunner.Options.local(TOKEN),
                out));
        assertEquals("missing field 'expected' in no-expected.json: assessments[0]", e.getMessage());
    }

    @Test
    void shouldRefuseAWrongCommandLine() {
        assertEquals(2, CaseRunner.execute("test", List.of(), tmp, null, out, err));
        assertEquals(2, CaseRunner.execute("test", List.of("a.json"), tmp, null, out, err));
        assertEquals(2, CaseRunner.execute("test", List.of("a.json", "--token", "t", "--colour"), tmp, null, out,
                err));
        assertEquals(2, CaseRunner.execute("test", List.of("a.json", "b.json", "--token", "t", "--expected", "e.json"),
                tmp, null, out, err));
        assertEquals(0, CaseRunner.execute("test", List.of("--help"), tmp, null, out, err));
    }
}
