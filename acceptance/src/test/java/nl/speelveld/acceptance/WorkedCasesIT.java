package nl.speelveld.acceptance;

import nl.speelveld.devtools.DevKeys;
import nl.speelveld.devtools.LocalSystem;
import nl.speelveld.devtools.cases.CaseRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole system as a portal meets it: the three packaged services on one real (embedded) PostgreSQL, started the
 * way {@code ./speelveld up} starts them, loaded with each case under {@code examples/cases} (among them the two
 * worked cases A and B) through the public API by the project's case runner ({@link CaseRunner}, the same one
 * {@code ./speelveld case} runs), which then checks every expected item of the assessment. Any failed check fails
 * the test.
 */
class WorkedCasesIT {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path CASES = ROOT.resolve("examples/cases");
    static final List<String> WORKED_CASES = List.of("case-a-energy.json", "case-b-park.json");
    static LocalSystem system;
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("speelveld-acceptance");
        int firstPort = freePorts(Integer.parseInt(System.getProperty("acceptance.port", "18081")));
        system = new LocalSystem(ROOT, data, firstPort);
        system.start(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    /** Every case file under {@code examples/cases}; the two worked cases must be among them. */
    static Stream<String> cases() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(CASES)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertTrue(names.containsAll(WORKED_CASES), "the worked cases " + WORKED_CASES + " must be in " + CASES
                + "; found " + names);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void shouldPassEveryCheckOfTheCase(String name) {
        List<LocalSystem.Service> s = system.services();
        CaseRunner.Options options = CaseRunner.Options.local(system.keys().token("GM0344", DevKeys.ALL_SCOPES))
                .withUrls(s.get(0).url(), s.get(1).url(), s.get(2).url());
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new Tee(output, System.out), true, StandardCharsets.UTF_8);
        System.out.println("== " + name);
        CaseRunner.Result result = CaseRunner.run(CASES.resolve(name), options, out);
        out.flush();
        String printed = output.toString(StandardCharsets.UTF_8);
        assertTrue(result.passed() > 0, "no check ran:\n" + printed);
        assertTrue(result.ok(), name + ": " + result + "\n" + printed);
    }

    /** The first of three free consecutive ports from {@code from} on, so a running local system does not collide. */
    static int freePorts(int from) throws IOException {
        for (int base = from; base < from + 1000; base += 10) {
            boolean free = true;
            // the three API ports and their management ports (LocalSystem.MANAGEMENT_OFFSET above each)
            for (int i = 0; i < 6 && free; i++) {
                int p = base + i % 3 + (i < 3 ? 0 : LocalSystem.MANAGEMENT_OFFSET);
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

    /** Writes to two streams: the test keeps the runner's lines for its message and the build log shows them. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
