package nl.speelveld.conventions.hardening;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * CORS origins per municipality (issue 13), configured in the test application.properties:
 * GM0344 allows https://portal.gm0344.example and https://www.gm0344.example, GM0363 allows
 * https://portal.gm0363.example, GM0999's entries are no plain origins and are left out.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "conventions"))
class CorsTest {

    static final String GM0344 = TestTokens.token("GM0344", "probes:read", "probes:write");
    static final String GM0363 = TestTokens.token("GM0363", "probes:read", "probes:write");
    static final String GM0999 = TestTokens.token("GM0999", "probes:read", "probes:write");
    static final String PORTAL_0344 = "https://portal.gm0344.example";
    static final String PORTAL_0363 = "https://portal.gm0363.example";

    @Test
    void shouldAllowAMunicipalitysOwnPortalToReadItsAnswers() {
        given().auth().oauth2(GM0344).header("Origin", PORTAL_0344).get("/v1/probes").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", PORTAL_0344)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit"))
                .header("Vary", containsString("Origin"));
        given().auth().oauth2(GM0344).header("Origin", "https://WWW.gm0344.example").get("/v1/probes").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "https://WWW.gm0344.example");
    }

    @Test
    void shouldNotLetAnotherMunicipalitysPortalReadTheAnswerButStillAnswer() {
        given().auth().oauth2(GM0344).header("Origin", PORTAL_0363).get("/v1/probes").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", containsString("Origin"));
        given().auth().oauth2(GM0363).header("Origin", PORTAL_0363).get("/v1/probes").then()
                .statusCode(200).header("Access-Control-Allow-Origin", PORTAL_0363);
    }

    @Test
    void shouldAnswerAServerToServerCallWithAnUnknownOrigin() {
        given().auth().oauth2(GM0344).header("Origin", "https://backend.unknown.example").get("/v1/probes").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        given().auth().oauth2(GM0344).header("Origin", "null").contentType(ContentType.JSON)
                .body(HardeningTest.BODY).post("/v1/probes").then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldLeaveRequestsWithoutOriginAlone() {
        given().auth().oauth2(GM0344).get("/v1/probes").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", nullValue());
    }

    @Test
    void shouldAllowAPreflightFromAConfiguredPortal() {
        for (String origin : new String[] {PORTAL_0344, PORTAL_0363}) {
            given().header("Origin", origin)
                    .header("Access-Control-Request-Method", "PATCH")
                    .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                    .options("/v1/probes/8c1f4a52-0c1e-4c8e-9a52-3b1e2f5d6a7b").then()
                    .statusCode(204)
                    .header("Access-Control-Allow-Origin", origin)
                    .header("Access-Control-Allow-Methods", containsString("PATCH"))
                    .header("Access-Control-Allow-Headers", containsString("If-Match"))
                    .header("Access-Control-Max-Age", "600");
        }
    }

    @Test
    void shouldRefuseAPreflightFromAnUnknownOriginWithAProblemDocument() {
        for (String origin : new String[] {"https://evil.example", "null", "not-an-origin",
                "https://x.wildcard.example"}) {
            given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                    .options("/v1/probes").then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .header("Access-Control-Allow-Origin", nullValue())
                    .body("type", equalTo("/problems/cors-not-allowed"))
                    .body("status", equalTo(403))
                    .body("detail", containsString(origin));
        }
        given().header("Origin", PORTAL_0344).header("Access-Control-Request-Method", "TRACE")
                .options("/v1/probes").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("TRACE"));
        given().header("Origin", PORTAL_0344).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization, x-secret")
                .options("/v1/probes").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("x-secret"));
    }

    @Test
    void shouldLeaveOutEntriesThatAreNoPlainOrigins() {
        given().auth().oauth2(GM0999).header("Origin", "https://x.wildcard.example").get("/v1/probes").then()
                .statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldLetAnyOriginReadThePublicOpenApiDocument() {
        given().header("Origin", "https://anyone.example").get("/v1/openapi.json").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://anyone.example").header("Access-Control-Request-Method", "GET")
                .options("/v1/openapi.json").then().statusCode(204).header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void shouldLetAConfiguredPortalReadA401() {
        given().auth().oauth2("not-a-token").header("Origin", PORTAL_0363).get("/v1/probes").then()
                .statusCode(401).header("Access-Control-Allow-Origin", PORTAL_0363);
        Map<String, String> none = Map.of();
        given().headers(none).header("Origin", "https://evil.example").get("/v1/probes").then()
                .statusCode(401).header("Access-Control-Allow-Origin", nullValue());
    }
}
