package nl.speelveld.devtools;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The podman command of {@code ./speelveld up --containers}, without running podman. */
class LocalSystemContainersTest {

    private static final LocalSystem.Service SERVICE = LocalSystem.SERVICES.get(2);

    private static List<String> command(LocalSystem.Containers containers) {
        return new LocalSystem(Path.of("/repo"), Path.of("/data")).withContainers(containers)
                .containerCommand(SERVICE, Set.of("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_HTTP_PORT"),
                        Path.of("/data/keys/dev-public.pem"));
    }

    private static boolean hasPair(List<String> cmd, String option, String value) {
        for (int i = 0; i + 1 < cmd.size(); i++) {
            if (cmd.get(i).equals(option) && cmd.get(i + 1).equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void defaultsRunAsUid10001OnAReadOnlyRootWithOnlyTmpWritableAndTheMemoryLimit() {
        List<String> cmd = command(new LocalSystem.Containers(Path.of("/repo/images/podman"), "local", "10001:10001",
                true, "768m", false));
        assertEquals("/repo/images/podman", cmd.get(0));
        assertEquals("run", cmd.get(1));
        assertEquals("localhost/speelveld/assessment-service:local", cmd.get(cmd.size() - 1));
        assertTrue(hasPair(cmd, "--user", "10001:10001"), cmd.toString());
        assertTrue(cmd.contains("--read-only") && cmd.contains("--read-only-tmpfs=false"), cmd.toString());
        assertTrue(hasPair(cmd, "--tmpfs", "/tmp:rw,size=64m,mode=1777"), cmd.toString());
        assertTrue(hasPair(cmd, "--memory", "768m") && hasPair(cmd, "--memory-swap", "768m"), cmd.toString());
        assertTrue(hasPair(cmd, "--name", "speelveld-assessment-service") && cmd.contains("--rm"), cmd.toString());
        assertTrue(cmd.contains("--network=host") && cmd.contains("--cap-drop=ALL"), cmd.toString());
        assertTrue(cmd.contains("--passwd=false"), cmd.toString());
        assertTrue(hasPair(cmd, "-v", "/data/keys/dev-public.pem:/etc/speelveld/jwt/public.pem:ro"), cmd.toString());
    }

    @Test
    void environmentIsPassedByNameSoNoValueShowsInTheProcessList() {
        List<String> cmd = command(new LocalSystem.Containers(Path.of("p"), "local", "10001:10001", true, "768m",
                false));
        assertTrue(hasPair(cmd, "-e", "QUARKUS_DATASOURCE_PASSWORD"), cmd.toString());
        assertTrue(hasPair(cmd, "-e", "QUARKUS_HTTP_PORT"), cmd.toString());
        assertFalse(cmd.stream().anyMatch(a -> a.startsWith("QUARKUS_") && a.contains("=")), cmd.toString());
    }

    @Test
    void theImagesOwnUserAndAWritableRootWhenAskedAndKeptForInspection() {
        List<String> cmd = command(new LocalSystem.Containers(Path.of("p"), "0.1.0", "", false, "512m", true));
        assertFalse(cmd.contains("--user"), cmd.toString());
        assertFalse(cmd.contains("--read-only"), cmd.toString());
        assertFalse(cmd.contains("--rm"), cmd.toString());
        assertEquals("localhost/speelveld/assessment-service:0.1.0", cmd.get(cmd.size() - 1));
        assertEquals(1, Collections.frequency(cmd, "--memory"));
    }

    @Test
    void onlyTheServicesSettingsOfTheCallersEnvironmentArePassedOn() {
        assertTrue(LocalSystem.isServiceSetting("SPEELVELD_EMBED_FRAME_ANCESTORS_GM0344"));
        assertTrue(LocalSystem.isServiceSetting("QUARKUS_LOG_LEVEL"));
        assertTrue(LocalSystem.isServiceSetting("MP_JWT_VERIFY_ISSUER"));
        assertFalse(LocalSystem.isServiceSetting("SPEELVELD_DATA"));
        assertFalse(LocalSystem.isServiceSetting("SPEELVELD_PG_PASSWORD"));
        assertFalse(LocalSystem.isServiceSetting("SPEELVELD_CONTAINER_USER"));
        assertFalse(LocalSystem.isServiceSetting("PATH"));
        assertFalse(LocalSystem.isServiceSetting("HOME"));
    }
}
