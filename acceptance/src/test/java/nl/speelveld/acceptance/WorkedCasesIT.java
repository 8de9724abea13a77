package nl.speelveld.acceptance;

import nl.speelveld.devtools.DevKeys;
import nl.speelveld.devtools.LocalSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole system as a portal meets it: the three packaged services on one real (embedded) PostgreSQL, started the
 * way {@code ./speelveld up} starts them, loaded with each worked case through the public API by the shared
 * acceptance runner, which then checks every expected item of the assessment.
 *
 * <p>Needs {@code python3} and {@code ../shared/acceptance}. On a machine without them the test is skipped with a
 * message; in CI ({@code CI=true}) their absence is a failure, so the check can never silently disappear there.
 */
class WorkedCasesIT {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path SHARED = ROOT.getParent().resolve("shared/acceptance");
    static LocalSystem system;
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean ready = Files.exists(SHARED.resolve("run-case.py")) && python();
        if (ci) {
            assertTrue(ready, "CI needs python3 and " + SHARED + " for the acceptance cases");
        }
        Assumptions.assumeTrue(ready, "python3 or " + SHARED + " missing: acceptance cases skipped");
        data = Files.createTempDirectory("speelveld-acceptance");
        system = new LocalSystem(ROOT, data, freePorts(Integer.parseInt(System.getProperty("acceptance.port", "18081"))));
        system.start(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-a-energy.json", "case-b-park.json"})
    void shouldPassEveryCheckOfTheWorkedCase(String name) throws Exception {
        Path file = SHARED.resolve("cases").resolve(name);
        Assumptions.assumeTrue(Files.exists(file), name + " is not present");
        String token = system.keys().token("GM0344", DevKeys.ALL_SCOPES);
        List<LocalSystem.Service> s = system.services();
        List<String> command = new ArrayList<>(List.of("python3", SHARED.resolve("run-case.py").toString(),
                file.toString(), "--token", token,
                "--initiative-url", s.get(0).url(), "--stakeholder-url", s.get(1).url(),
                "--assessment-url", s.get(2).url()));
        Process runner = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(runner.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(runner.waitFor(5, TimeUnit.MINUTES), "run-case.py did not finish");
        System.out.println("== " + name + "\n" + output);
        String summary = output.lines().filter(l -> l.matches("\\d+ passed, \\d+ failed")).findFirst().orElse("");
        assertEquals(0, runner.exitValue(), "run-case.py reported failures:\n" + output);
        assertTrue(summary.endsWith(" 0 failed"), "no summary line:\n" + output);
    }

    /** The first of three free consecutive ports from {@code from} on, so a running local system does not collide. */
    static int freePorts(int from) throws IOException {
        for (int base = from; base < from + 1000; base += 10) {
            boolean free = true;
            for (int p = base; p < base + 3 && free; p++) {
                try (java.net.ServerSocket socket = new java.net.ServerSocket(p, 1,
                        java.net.InetAddress.getByName("0.0.0.0"))) {
                    socket.setReuseAddress(true);
                } catch (IOException inUse) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IOException("no three free consecutive ports from " + from);
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
