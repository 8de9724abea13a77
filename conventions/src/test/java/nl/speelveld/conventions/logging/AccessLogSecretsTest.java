package nl.speelveld.conventions.logging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The access log, as an operator reads it, never shows an embed link's token: the filter that masks it is found by
 * its name in the logging configuration and runs on the access log's records. The test writes the log to a file
 * through a handler with the same filter setting as the console's (a console cannot be read back). With no secret
 * prefix configured, this test fails (checked once by hand, 2026-12-02).
 */
@QuarkusTest
@TestProfile(AccessLogSecretsTest.AccessLogToFile.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "conventions"))
class AccessLogSecretsTest {

    static final Path LOG = Path.of("target", "access-log-secrets-test.log");
    // new for every run: the log file of an earlier run cannot make the test pass
    static final String RUN = UUID.randomUUID().toString();
    static final String TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJlbWJlZCJ9." + UUID.randomUUID().toString().replace("-", "");

    public static class AccessLogToFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.access-log.enabled", "true",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.format", "%s%n",
                    "quarkus.log.file.filter", "secret-paths");
        }
    }

    @Test
    void shouldLogTheEmbedPathWithItsTokenMasked() throws Exception {
        given().get("/v1/embed/" + TOKEN + "?run=" + RUN);
        String marker = "/v1/probes/marker-" + RUN;
        given().get(marker);

        String log = "";
        for (int i = 0; i < 100 && !log.contains(marker); i++) {
            Thread.sleep(100);   // the access log line is written after the answer; wait for the marker's line
            log = Files.exists(LOG) ? Files.readString(LOG) : "";
        }
        assertThat(log, containsString(marker));
        assertThat(log, containsString("GET /v1/embed/***?run=" + RUN));
        assertThat(log, not(containsString(TOKEN)));
    }
}
