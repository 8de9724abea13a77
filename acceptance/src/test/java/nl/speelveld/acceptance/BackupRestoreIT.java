package nl.speelveld.acceptance;

import nl.speelveld.devtools.DevKeys;
import nl.speelveld.devtools.LocalBackup;
import nl.speelveld.devtools.LocalSystem;
import nl.speelveld.devtools.cases.CaseRunner;
import nl.speelveld.devtools.cases.Reads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./speelveld backup} and {@code restore} ({@link LocalBackup}) on the whole system: the worked cases A and B
 * loaded through the API, a backup taken while the three services run, a change made after it, then the backup
 * restored into a fresh data folder and the services started on it. Every read of the municipality
 * ({@link Reads}: each GET of the three published OpenAPI documents, filled with the ids the lists return) answers
 * exactly as before the backup: the change made after it is not there.
 */
class BackupRestoreIT {

    private final List<LocalSystem> running = new ArrayList<>();

    @AfterEach
    void stop() {
        running.forEach(LocalSystem::close);
    }

    @Test
    void shouldRestoreTheBackupMomentIntoAFreshDataFolder() throws Exception {
        int firstPort = WorkedCasesIT.freePorts(Integer.parseInt(System.getProperty("acceptance.port", "18081")) + 40);
        Path before = Files.createTempDirectory("speelveld-backup-a");
        LocalSystem a = start(running, before, firstPort);
        String token = a.keys().token("GM0344", DevKeys.ALL_SCOPES);
        for (String name : WorkedCasesIT.WORKED_CASES) {
            load(a, token, name);
        }
        SortedMap<String, String> expected = Reads.snapshot(urls(a), token, path -> false);
        assertTrue(expected.keySet().stream().anyMatch(k -> k.startsWith("GET /v1/assessments/")),
                "the snapshot must read the assessments of the worked cases: " + expected.keySet());
        assertTrue(expected.size() > 40, "too few reads to compare: " + expected.keySet());

        Path file = before.resolve("backup/speelveld.zip");
        LocalBackup.Summary backup = LocalBackup.backup(before.resolve("pgdata"), file);
        assertTrue(backup.bytes() > 0 && backup.files() > 100, backup.toString());
        System.out.println("backup of the worked cases: " + backup);
        // a change after the backup: it must not come back with the restore
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(a.services().get(0).url() + "/v1/initiatives"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": {\"nl\": \"Na de backup\"}, \"type\":"
                        + " \"CITIZEN_COLLECTIVE\", \"primaryDomain\": \"ENERGY\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        assertNotEquals(expected, Reads.snapshot(urls(a), token, path -> false));
        a.close();
        running.remove(a);

        Path after = Files.createTempDirectory("speelveld-backup-b");
        copyTree(before.resolve("keys"), after.resolve("keys"));
        LocalBackup.restore(file, after.resolve("pgdata"));
        LocalSystem b = start(running, after, firstPort);
        SortedMap<String, String> restored = Reads.snapshot(urls(b), token, path -> false);
        for (String key : expected.keySet()) {
            assertEquals(withoutGenerationTime(expected.get(key)), withoutGenerationTime(restored.get(key)), key);
        }
        assertEquals(expected.keySet(), restored.keySet());

        // a restore never goes over data: the folder now holds the restored cluster
        b.close();
        running.remove(b);
        IllegalStateException notEmpty = assertThrows(IllegalStateException.class,
                () -> LocalBackup.restore(file, after.resolve("pgdata")));
        assertTrue(notEmpty.getMessage().contains("is not empty"), notEmpty.getMessage());
        assertFalse(Files.exists(after.resolve("pgdata/backup_label")), "recovery must have consumed backup_label");
    }

    /**
     * An answer as compared: JSON as a tree (the order of an object's keys, e.g. of a localized text's languages, is
     * not part of the answer; the order of arrays is), without a report's {@code generatedAt} (the moment of the read,
     * not stored data); anything else as its text.
     */
    static Object withoutGenerationTime(String answer) {
        if (answer == null) {
            return null;
        }
        String text = answer.replaceAll("\"generatedAt\":\"[^\"]*\"", "\"generatedAt\":\"…\"");
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (IOException notJson) {
            return text;
        }
    }

    static LocalSystem start(List<LocalSystem> running, Path data, int firstPort) throws Exception {
        LocalSystem system = new LocalSystem(WorkedCasesIT.ROOT, data, firstPort);
        running.add(system);
        system.start(Duration.ofMinutes(3));
        return system;
    }

    static void load(LocalSystem system, String token, String name) {
        List<LocalSystem.Service> s = system.services();
        CaseRunner.Options options = CaseRunner.Options.local(token)
                .withUrls(s.get(0).url(), s.get(1).url(), s.get(2).url()).withQuiet(true);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        CaseRunner.Result result = CaseRunner.run(WorkedCasesIT.CASES.resolve(name), options,
                new PrintStream(output, true, StandardCharsets.UTF_8));
        assertTrue(result.ok(), name + ": " + result + "\n" + output.toString(StandardCharsets.UTF_8));
    }

    static List<String> urls(LocalSystem system) {
        return system.services().stream().map(LocalSystem.Service::url).toList();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
