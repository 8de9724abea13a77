package nl.speelveld.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.speelveld.devtools.DevKeys;
import nl.speelveld.devtools.LocalSystem;
import nl.speelveld.devtools.cases.Reads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A municipality's export (docs/export.md) on the whole system: the worked cases A and B loaded through the API,
 * each service's export taken, then a second system on an empty data folder (the same keys) and the three files
 * imported into it. Every read of the municipality ({@link Reads}: each GET of the three published OpenAPI
 * documents) answers exactly as in the first system, and a new assessment of each worked case gives the same result
 * in both. The change feed's {@code next} cursors are left out of the comparison: they are positions in an
 * installation, which an import gives anew.
 */
class ExportImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final List<LocalSystem> running = new ArrayList<>();

    @AfterEach
    void stop() {
        running.forEach(LocalSystem::close);
    }

    @Test
    void shouldAnswerEveryReadAndAssessAsBeforeAfterImportIntoAnEmptyInstallation() throws Exception {
        int firstPort = WorkedCasesIT.freePorts(Integer.parseInt(System.getProperty("acceptance.port", "18081")) + 60);
        Path first = Files.createTempDirectory("speelveld-export-a");
        LocalSystem a = BackupRestoreIT.start(running, first, firstPort);
        String token = a.keys().token("GM0344", DevKeys.ALL_SCOPES);
        String admin = a.keys().token("GM0344", List.of("admin"));
        for (String name : WorkedCasesIT.WORKED_CASES) {
            BackupRestoreIT.load(a, token, name);
        }
        SortedMap<String, Object> expected = comparable(Reads.snapshot(BackupRestoreIT.urls(a), token, p -> false));
        List<String> initiatives = expected.keySet().stream().filter(k -> k.startsWith("GET /v1/assessment-timelines/"))
                .map(k -> k.substring("GET /v1/assessment-timelines/".length())).toList();
        assertEquals(2, initiatives.size(), "the worked cases' initiatives: " + expected.keySet());

        List<String> files = new ArrayList<>();
        for (LocalSystem.Service service : a.services()) {
            HttpResponse<String> export = HTTP.send(HttpRequest.newBuilder(URI.create(service.url()
                    + "/v1/exports/GM0344")).header("Authorization", "Bearer " + admin).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, export.statusCode(), export.body());
            files.add(export.body());
        }
        List<JsonNode> assessedBefore = new ArrayList<>();
        for (String initiative : initiatives) {
            assessedBefore.add(assess(a, token, initiative));
        }
        a.close();
        running.remove(a);

        Path second = Files.createTempDirectory("speelveld-export-b");
        BackupRestoreIT.copyTree(first.resolve("keys"), second.resolve("keys"));
        LocalSystem b = BackupRestoreIT.start(running, second, firstPort);
        for (int i = 0; i < files.size(); i++) {
            HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(URI.create(b.services().get(i).url()
                    + "/v1/imports")).header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(files.get(i))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, imported.statusCode(), imported.body());
            System.out.println("imported into " + b.services().get(i).url() + ": " + imported.body());
        }
        SortedMap<String, Object> restored = comparable(Reads.snapshot(BackupRestoreIT.urls(b), token, p -> false));
        assertTrue(expected.size() > 40, "too few reads to compare: " + expected.keySet());
        for (String key : expected.keySet()) {
            assertEquals(expected.get(key), restored.get(key), key);
        }
        assertEquals(expected.keySet(), restored.keySet());
        for (int i = 0; i < initiatives.size(); i++) {
            assertEquals(assessedBefore.get(i), assess(b, token, initiatives.get(i)),
                    "a new assessment of " + initiatives.get(i));
        }
    }

    /** The answers as compared: see BackupRestoreIT; the change feed without its installation's cursors. */
    private static SortedMap<String, Object> comparable(SortedMap<String, String> answers) {
        SortedMap<String, Object> comparable = new TreeMap<>();
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            String text = answer.getValue();
            if (text != null && answer.getKey().startsWith("GET /v1/events")) {
                text = text.replaceAll("\"next\":\"[^\"]*\"", "\"next\":\"…\"");
            }
            comparable.put(answer.getKey(), BackupRestoreIT.withoutGenerationTime(text));
        }
        return comparable;
    }

    /** A new assessment of the initiative as of 2026-11-01, without what makes it a new record (id, times). */
    private static JsonNode assess(LocalSystem system, String token, String initiative) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(system.services().get(2).url()
                        + "/v1/assessments")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"initiativeId\": \"" + initiative + "\", \"asOf\": \"2026-11-01\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        String id = JSON.readTree(response.body()).get("id").asText();
        ObjectNode assessed = (ObjectNode) JSON.readTree(response.body().replace(id, "{id}"));
        assessed.remove(List.of("id", "createdAt", "updatedAt"));
        return assessed;
    }
}
