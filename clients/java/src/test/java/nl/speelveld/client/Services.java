package nl.speelveld.client;

import nl.speelveld.devtools.DevKeys;
import nl.speelveld.devtools.LocalSystem;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The three packaged services on one embedded PostgreSQL, started once per test JVM the way {@code ./speelveld up}
 * starts them (devtools' {@link LocalSystem}, as the acceptance module does), on free ports from 18181 on; and the
 * three generated clients configured for them with a development token of GM0344. Only the generated clients talk to
 * the services.
 */
final class Services {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static Services running;

    final LocalSystem system;
    final String token;
    final nl.speelveld.client.initiative.ApiClient initiative;
    final nl.speelveld.client.stakeholder.ApiClient stakeholder;
    final nl.speelveld.client.assessment.ApiClient assessment;

    private Services(LocalSystem system) {
        this.system = system;
        this.token = system.keys().token("GM0344", DevKeys.ALL_SCOPES);
        List<LocalSystem.Service> s = system.services();
        initiative = new nl.speelveld.client.initiative.ApiClient();
        initiative.updateBaseUri(s.get(0).url() + "/v1");
        initiative.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        stakeholder = new nl.speelveld.client.stakeholder.ApiClient();
        stakeholder.updateBaseUri(s.get(1).url() + "/v1");
        stakeholder.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        assessment = new nl.speelveld.client.assessment.ApiClient();
        assessment.updateBaseUri(s.get(2).url() + "/v1");
        assessment.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    }

    /** The running system, started on first use and stopped when the test JVM ends. */
    static synchronized Services get() throws Exception {
        if (running == null) {
            Path data = Files.createTempDirectory("speelveld-clients");
            LocalSystem system = new LocalSystem(ROOT, data,
                    freePorts(Integer.parseInt(System.getProperty("clients.port", "18181"))));
            // registered before the start, so a start that fails half-way stops what it started too (the embedded
            // PostgreSQL of the local run has no shutdown hook of its own: LocalSystem.close() stops it last)
            Runtime.getRuntime().addShutdownHook(new Thread(system::close));
            system.start(Duration.ofMinutes(3));
            running = new Services(system);
        }
        return running;
    }

    /** The first of three free consecutive ports from {@code from} on. */
    private static int freePorts(int from) throws IOException {
        for (int base = from; base < from + 1000; base += 10) {
            boolean free = true;
            for (int p = base; p < base + 3 && free; p++) {
                try (ServerSocket socket = new ServerSocket(p, 1, InetAddress.getByName("0.0.0.0"))) {
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
}
