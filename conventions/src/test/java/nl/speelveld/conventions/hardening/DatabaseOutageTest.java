package nl.speelveld.conventions.hardening;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * When the database connections are cut under load (pg_terminate_backend on every connection of the service), the
 * service answers 503 with Retry-After and a problem document, never 500, and recovers without a restart.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "conventions"))
class DatabaseOutageTest {

    static final String A = TestTokens.token("GM0344", "probes:read", "probes:write");

    @Test
    void shouldAnswer503WithRetryAfterWhileTheConnectionsAreCutAndRecover() throws Exception {
        String id = given().auth().oauth2(A).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"proef\"}, \"kind\": \"SMALL\"}").post("/v1/probes").then()
                .statusCode(201).extract().path("id");
        AtomicBoolean running = new AtomicBoolean(true);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> loops = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int n = t;
            loops.add(pool.submit(() -> {
                int i = 0;
                while (running.get()) {
                    Response r = (i++ + n) % 3 == 0
                            ? given().auth().oauth2(A).contentType(ContentType.JSON)
                                    .body("{\"name\": {\"nl\": \"proef\"}, \"kind\": \"SMALL\"}").post("/v1/probes")
                            : given().auth().oauth2(A).get(i % 2 == 0 ? "/v1/probes" : "/v1/probes/" + id);
                    synchronized (statuses) {
                        statuses.merge(r.statusCode(), 1, Integer::sum);
                        boolean fine = r.statusCode() == 200 || r.statusCode() == 201
                                || (r.statusCode() == 503 && r.header("Retry-After") != null
                                        && "application/problem+json".equals(r.contentType())
                                        && "/problems/database-unavailable".equals(r.path("type")));
                        if (!fine && wrong.size() < 5) {
                            wrong.add(r.statusCode() + " " + r.header("Retry-After") + " " + r.asString());
                        }
                    }
                }
                return null;
            }));
        }
        int killed = 0;
        try {
            for (int round = 0; round < 8; round++) {
                Thread.sleep(150);
                killed += terminateConnections();
            }
            Thread.sleep(200);
        } finally {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get();
            }
            pool.shutdown();
        }
        assertTrue(killed > 0, "no connection of the service was terminated");
        assertEquals(List.of(), wrong, "answers other than 2xx or a 503 database problem with Retry-After: "
                + statuses);
        // Recovery without a restart: within a few seconds every read succeeds again.
        long deadline = System.currentTimeMillis() + 10_000;
        int successesInARow = 0;
        while (successesInARow < 5) {
            if (System.currentTimeMillis() > deadline) {
                fail("the service did not recover within 10 s: " + statuses);
            }
            int status = given().auth().oauth2(A).get("/v1/probes/" + id).statusCode();
            successesInARow = status == 200 ? successesInARow + 1 : 0;
        }
    }

    /** Terminates every backend of the service's database except this one; returns how many. */
    static int terminateConnections() throws Exception {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where datname = current_database() and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
