package nl.speelveld.conventions.hardening;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The hardening of issue 13 that every service gets from the conventions: the {@code limit} parameter, lone
 * surrogates, strict {@code Content-Type}s and tokens issued in the future.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "conventions"))
class HardeningTest {

    static final String A = TestTokens.token("GM0344", "probes:read", "probes:write");
    static final String BODY = "{\"name\": {\"nl\": \"proef\"}, \"kind\": \"SMALL\", \"size\": 3}";

    @Test
    void shouldAnswer400NamingLimitForEveryLimitThatIsNotAWholeNumberFrom1To100() {
        for (String limit : List.of("abc", "1.5", "1e3", "0", "-1", "101", "99999999999999999999", "")) {
            given().auth().oauth2(A).queryParam("limit", limit).get("/v1/probes").then()
                    .log().ifValidationFails()
                    .statusCode(limit.isEmpty() ? 200 : 400);
            if (!limit.isEmpty()) {
                given().auth().oauth2(A).queryParam("limit", limit).get("/v1/probes").then()
                        .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
            }
        }
        given().auth().oauth2(A).queryParam("limit", "5").get("/v1/probes").then().statusCode(200);
    }

    @Test
    void shouldRefuseALoneSurrogateNamingTheField() {
        for (String text : List.of("a\\ud800b", "\\udc00", "x\\ud800")) {
            given().auth().oauth2(A).contentType(ContentType.JSON)
                    .body("{\"name\": {\"nl\": \"" + text + "\"}, \"kind\": \"SMALL\"}").post("/v1/probes").then()
                    .log().ifValidationFails()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("name.nl"));
        }
        // A proper pair (an emoji written as two escapes) is fine.
        given().auth().oauth2(A).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"zon \\ud83c\\udf1e\"}, \"kind\": \"SMALL\"}").post("/v1/probes").then()
                .statusCode(201).body("name.nl", equalTo("zon \uD83C\uDF1E"));
    }

    @Test
    void shouldAnswer415ForAWriteWithoutAConcreteUtf8ContentType() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        // no Content-Type at all
        given().auth().oauth2(A).noContentType().body(body).post("/v1/probes").then().log().ifValidationFails()
                .statusCode(415).contentType("application/problem+json");
        for (String type : List.of("*/*", "application/*", "application/json; charset=ISO-8859-1",
                "application/json;charset=utf-16", "application/merge-patch+json")) {
            given().auth().oauth2(A).contentType(type).body(body).post("/v1/probes").then().log().ifValidationFails()
                    .statusCode(415).contentType("application/problem+json");
        }
        for (String type : List.of("application/json", "application/json; charset=UTF-8",
                "application/json;charset=utf-8")) {
            given().auth().oauth2(A).contentType(type).body(body).post("/v1/probes").then().log().ifValidationFails()
                    .statusCode(201);
        }
        String id = given().auth().oauth2(A).contentType(ContentType.JSON).body(BODY).post("/v1/probes").then()
                .statusCode(201).extract().path("id");
        for (String type : List.of("application/json", "*/*")) {
            given().auth().oauth2(A).contentType(type).header("If-Match", "\"0\"")
                    .body("{\"size\": 4}".getBytes(StandardCharsets.UTF_8)).patch("/v1/probes/" + id).then().log().ifValidationFails()
                    .statusCode(415).contentType("application/problem+json");
        }
        given().auth().oauth2(A).header("If-Match", "\"0\"").noContentType()
                .body("{\"size\": 4}".getBytes(StandardCharsets.UTF_8)).patch("/v1/probes/" + id).then()
                .statusCode(415);
        given().auth().oauth2(A).contentType("application/merge-patch+json; charset=utf-8").header("If-Match", "\"0\"")
                .body("{\"size\": 4}").patch("/v1/probes/" + id).then().statusCode(200);
    }

    @Test
    void shouldAnswer401ForATokenIssuedFurtherInTheFutureThanTheClockSkew() {
        long now = Instant.now().getEpochSecond();
        String future = TestTokens.withClaims(Map.of("iat", now + 24 * 3600, "exp", now + 25 * 3600),
                "GM0344", "probes:read");
        given().auth().oauth2(future).get("/v1/probes").then().log().ifValidationFails()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        String slightly = TestTokens.withClaims(Map.of("iat", now + 20, "exp", now + 3600), "GM0344", "probes:read");
        given().auth().oauth2(slightly).get("/v1/probes").then().statusCode(200);
    }

    @Test
    void shouldRefuseStringsAndArraysBeyondTheDocumentedDefaultBoundsNamingTheField() {
        String tooLong = "a".repeat(nl.speelveld.conventions.openapi.Bounds.MAX_STRING_LENGTH + 1);
        given().auth().oauth2(A).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"x\"}, \"kind\": \"SMALL\", \"notes\": [\"" + tooLong + "\"]}")
                .post("/v1/probes").then().log().ifValidationFails()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("notes[0]"))
                .body("errors[0].message", containsString("at most 10000 characters"));
        String items = String.join(",", java.util.Collections.nCopies(
                nl.speelveld.conventions.openapi.Bounds.MAX_ARRAY_ITEMS + 1, "\"n\""));
        given().auth().oauth2(A).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"x\"}, \"kind\": \"SMALL\", \"notes\": [" + items + "]}")
                .post("/v1/probes").then().log().ifValidationFails()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("notes"))
                .body("errors[0].message", containsString("at most 1000 items"));
        String fits = String.join(",", java.util.Collections.nCopies(
                nl.speelveld.conventions.openapi.Bounds.MAX_ARRAY_ITEMS, "\"" + "b".repeat(100) + "\""));
        given().auth().oauth2(A).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"x\"}, \"kind\": \"SMALL\", \"notes\": [" + fits + "]}")
                .post("/v1/probes").then().statusCode(201);
    }

    @Test
    void shouldDocumentTheSameDefaultBoundsInTheOpenApiDocument() {
        io.restassured.path.json.JsonPath doc = given().get("/v1/openapi.json").then().statusCode(200)
                .extract().jsonPath();
        java.util.Map<String, Object> notes = doc.getMap("components.schemas.ProbeRequest.properties.notes");
        org.junit.jupiter.api.Assertions.assertEquals(nl.speelveld.conventions.openapi.Bounds.MAX_ARRAY_ITEMS,
                notes.get("maxItems"), notes.toString());
        org.junit.jupiter.api.Assertions.assertEquals(nl.speelveld.conventions.openapi.Bounds.MAX_STRING_LENGTH,
                doc.getInt("components.schemas.ProbeRequest.properties.notes.items.maxLength"));
        org.junit.jupiter.api.Assertions.assertEquals("int32",
                doc.getString("components.schemas.Problem.properties.status.format"));
    }
}
