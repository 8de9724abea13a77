package nl.speelveld.conventions.hardening;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-client rate limits: a burst over the read budget gets 429 problems with Retry-After and the RateLimit headers,
 * while another client of the same municipality, and the same client's writes, go on unhindered.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowBudgets.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "conventions"))
class RateLimitTest {

    public static class LowBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("speelveld.rate-limit.reads-per-minute", "10",
                    "speelveld.rate-limit.writes-per-minute", "4");
        }
    }

    static String client(String azp) {
        return TestTokens.withClaims(Map.of("azp", azp), "GM0344", "probes:read", "probes:write");
    }

    @Test
    void shouldSlowDownOnlyTheClientThatBurstsOverItsReadBudget() {
        String greedy = client("portal-greedy");
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 15; i++) {
            Response r = given().auth().oauth2(greedy).get("/v1/probes");
            r.then().header("RateLimit-Policy", "\"reads\";q=10;w=60")
                    .header("RateLimit", matchesPattern("\"reads\";r=\\d+;t=\\d+"));
            if (r.statusCode() == 200) {
                ok++;
            } else {
                limited++;
                r.then().statusCode(429).contentType("application/problem+json")
                        .body("type", equalTo("/problems/too-many-requests"))
                        .body("status", equalTo(429))
                        .header("Retry-After", matchesPattern("[1-9]\\d*"))
                        .header("RateLimit", matchesPattern("\"reads\";r=0;t=\\d+"));
            }
        }
        assertEquals(10, ok, "the budget of 10 reads a minute");
        assertEquals(5, limited);

        // Another client of the same municipality is not slowed down.
        given().auth().oauth2(client("portal-calm")).get("/v1/probes").then().statusCode(200)
                .header("RateLimit", matchesPattern("\"reads\";r=9;t=[1-6]"));
        // Writes have a budget of their own.
        given().auth().oauth2(greedy).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"proef\"}, \"kind\": \"SMALL\"}").post("/v1/probes").then()
                .statusCode(201).header("RateLimit-Policy", "\"writes\";q=4;w=60")
                .header("RateLimit", matchesPattern("\"writes\";r=3;t=\\d+"));
    }

    @Test
    void shouldKeyTheBudgetByClientIdOrSubjectWithinTheMunicipality() {
        // Same client_id in two municipalities: two budgets.
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(TestTokens.withClaims(Map.of("client_id", "shared"), "GM0344", "probes:write"))
                    .contentType(ContentType.JSON).body("{\"name\": {\"nl\": \"proef\"}, \"kind\": \"SMALL\"}")
                    .post("/v1/probes").then().statusCode(201);
        }
        given().auth().oauth2(TestTokens.withClaims(Map.of("client_id", "shared"), "GM0344", "probes:write"))
                .contentType(ContentType.JSON).body("{\"name\": {\"nl\": \"proef\"}, \"kind\": \"SMALL\"}")
                .post("/v1/probes").then().statusCode(429);
        given().auth().oauth2(TestTokens.withClaims(Map.of("client_id", "shared"), "GM0363", "probes:write"))
                .contentType(ContentType.JSON).body("{\"name\": {\"nl\": \"proef\"}, \"kind\": \"SMALL\"}")
                .post("/v1/probes").then().statusCode(201);
    }

    @Test
    void shouldNotLimitTheOpenApiDocument() {
        for (int i = 0; i < 30; i++) {
            int status = given().get("/v1/openapi.json").statusCode();
            assertTrue(status == 200, "the OpenAPI document answered " + status);
        }
    }
}
