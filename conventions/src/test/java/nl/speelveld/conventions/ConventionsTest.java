package nl.speelveld.conventions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every convention of docs/api-guide.md, end to end over HTTP on a real PostgreSQL: problem details for the
 * framework's own errors too, tokens, scopes, tenancy, ETags, idempotency keys, paging cursors and headers.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "conventions"))
class ConventionsTest {

    static final String A = TestTokens.token("GM0344", "probes:read", "probes:write");
    static final String B = TestTokens.token("GM0363", "probes:read", "probes:write");
    static final String BODY = "{\"name\": {\"nl\": \"proef\"}, \"kind\": \"SMALL\", \"size\": 3}";

    static ValidatableResponse isProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("type", notNullValue())
                .header("API-Version", "1.2.3")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Cache-Control", "no-store")
                .header("X-Request-ID", notNullValue());
    }

    static String create(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(BODY)
                .post("/v1/probes").then().statusCode(201).extract().path("id");
    }

    // --- headers -------------------------------------------------------------------------------------------------

    @Test
    void shouldSendVersionAndSecurityHeadersOnSuccess() {
        String id = create(A);
        given().auth().oauth2(A).get("/v1/probes/" + id).then().statusCode(200)
                .header("API-Version", "1.2.3")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Cache-Control", "no-store")
                .header("ETag", "\"0\"");
    }

    @Test
    void shouldEchoTheCallersRequestIdAndMakeOneOtherwise() {
        given().header("X-Request-ID", "portal-123").get("/v1/probes").then().header("X-Request-ID", "portal-123");
        given().get("/v1/probes").then().header("X-Request-ID", notNullValue());
    }

    @Test
    void shouldPublishTheOpenApiDocumentWithoutTokenForAnyOrigin() {
        given().header("Origin", "https://portal.example.org").get("/v1/openapi.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .body("info.version", equalTo("1.2.3"))
                .body("servers[0].url", equalTo("http://localhost:8080/v1"))
                .body("paths", org.hamcrest.Matchers.hasKey("/probes/{id}"))
                .body("paths.'/probes/{id}'.get.responses.'404'.content", org.hamcrest.Matchers.hasKey(
                        "application/problem+json"))
                .body("paths.'/probes/{id}'.get.responses.'200'.headers", org.hamcrest.Matchers.hasKey("API-Version"));
    }

    @Test
    void shouldNarrowLocalizedTextsToTheLanguageAskedFor() {
        String id = given().auth().oauth2(A).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"proef\", \"en\": \"probe\"}, \"kind\": \"SMALL\"}")
                .post("/v1/probes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(A).get("/v1/probes/" + id).then().body("name.nl", equalTo("proef"))
                .body("name.en", equalTo("probe"));
        given().auth().oauth2(A).queryParam("locale", "en").get("/v1/probes/" + id).then()
                .body("name.en", equalTo("probe")).body("name.nl", nullValue())
                .header("Content-Language", "en");
        given().auth().oauth2(A).header("Accept-Language", "fy, de;q=0.5").get("/v1/probes/" + id).then()
                .body("name.nl", equalTo("proef")).body("name.en", nullValue());
    }

    // --- framework errors as problem details ------------------------------------------------------------------

    @Test
    void shouldAnswerAnUnknownPathWithAProblem() {
        isProblem(given().auth().oauth2(A).get("/v1/nothing-here").then(), 404);
    }

    @Test
    void shouldAnswerAWrongMethodWithAProblem() {
        isProblem(given().auth().oauth2(A).delete("/v1/probes").then(), 405);
    }

    @Test
    void shouldAnswerAnUnsupportedMethodOnAnItemWithAProblemAndAllow() {
        String id = create(A);
        isProblem(given().auth().oauth2(A).delete("/v1/probes/" + id).then(), 405)
                .header("Allow", containsString("GET"));
    }

    @Test
    void shouldAnswer404ForAMalformedIdOnASupportedMethod() {
        isProblem(given().auth().oauth2(A).get("/v1/probes/not-a-uuid").then(), 404);
    }

    @Test
    void shouldAnswerAnUnacceptableMediaTypeWithAProblem() {
        isProblem(given().auth().oauth2(A).accept("application/xml").get("/v1/probes").then(), 406);
    }

    @Test
    void shouldAnswerAnUnsupportedContentTypeWithAProblem() {
        isProblem(given().auth().oauth2(A).contentType("text/plain").body("x").post("/v1/probes").then(), 415);
    }

    @Test
    void shouldRefuseABodyOver256KiB() {
        String big = "{\"name\": {\"nl\": \"" + "x".repeat(300 * 1024) + "\"}, \"kind\": \"SMALL\"}";
        given().auth().oauth2(A).contentType(ContentType.JSON).body(big).post("/v1/probes").then()
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void shouldRefuseAChunkedBodyOver256KiB() {
        byte[] big = ("{\"name\": {\"nl\": \"" + "x".repeat(300 * 1024) + "\"}, \"kind\": \"SMALL\"}").getBytes();
        given().auth().oauth2(A).contentType(ContentType.JSON).body(new java.io.ByteArrayInputStream(big))
                .post("/v1/probes").then().log().ifValidationFails()
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void shouldHideInternalFailuresBehindA500Problem() {
        isProblem(given().auth().oauth2(A).get("/v1/probes/failure").then(), 500)
                .body(not(containsString("SELECT")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void shouldAnswerAnUnavailableDependencyWith503AndRetryAfter() {
        isProblem(given().auth().oauth2(A).get("/v1/probes/dependency").then(), 503).header("Retry-After", "7");
    }

    // --- request bodies ---------------------------------------------------------------------------------------

    @Test
    void shouldListEveryInvalidFieldAtOnce() {
        isProblem(given().auth().oauth2(A).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"" + "x".repeat(21) + "\"}, \"size\": -1}").post("/v1/probes").then(), 400)
                .body("errors.field", hasItems("name.nl", "kind", "size"))
                .body("errors", hasSize(3));
    }

    @Test
    void shouldNameTheFieldOfMalformedJson() {
        isProblem(given().auth().oauth2(A).contentType(ContentType.JSON).body("{\"name\": ").post("/v1/probes")
                .then(), 400).body("errors[0].code", equalTo("malformed-json"));
    }

    @Test
    void shouldNameAFieldOfTheWrongType() {
        isProblem(given().auth().oauth2(A).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"x\"}, \"kind\": \"SMALL\", \"size\": \"three\"}").post("/v1/probes")
                .then(), 400).body("errors[0].field", equalTo("size")).body("errors[0].code", equalTo("wrong-type"));
    }

    @Test
    void shouldListTheAllowedCodesForAnUnknownCode() {
        isProblem(given().auth().oauth2(A).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"x\"}, \"kind\": \"MEDIUM\"}").post("/v1/probes").then(), 400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("SMALL, LARGE"));
    }

    @Test
    void shouldRefuseNulCharactersDuplicateKeysAndImpossibleDates() {
        isProblem(given().auth().oauth2(A).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"a\\u0000b\"}, \"kind\": \"SMALL\"}").post("/v1/probes").then(), 400)
                .body("errors[0].field", equalTo("name.nl"));
        isProblem(given().auth().oauth2(A).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"a\"}, \"kind\": \"SMALL\", \"kind\": \"LARGE\"}").post("/v1/probes")
                .then(), 400);
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "2026-02-30")) {
            isProblem(given().auth().oauth2(A).contentType(ContentType.JSON)
                    .body("{\"name\": {\"nl\": \"a\"}, \"kind\": \"SMALL\", \"seenOn\": \"" + date + "\"}")
                    .post("/v1/probes").then(), 400).body("errors[0].field", equalTo("seenOn"));
        }
        String id = create(A);
        isProblem(given().auth().oauth2(A).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"size\": 1, \"size\": 2}").patch("/v1/probes/" + id).then(), 400);
        isProblem(given().urlEncodingEnabled(false).auth().oauth2(A).get("/v1/probes?kind=a%00b").then(), 400);
    }

    /**
     * docs/problems.md: "a value has the wrong JSON type ({@code 1} for a boolean) or the wrong format (a date that is
     * not YYYY-MM-DD)", and an unknown code, is refused: Jackson would otherwise read 1 as true, 12345 as a day
     * counted from 1970, a date-time as its date and a code with spaces around it as the code.
     */
    @Test
    void shouldRefuseValuesJacksonWouldCoerce() {
        String base = "{\"name\": {\"nl\": \"a\"}, \"kind\": \"SMALL\", ";
        for (String open : List.of("1", "0")) {
            isProblem(given().auth().oauth2(A).contentType(ContentType.JSON).body(base + "\"open\": " + open + "}")
                    .post("/v1/probes").then(), 400)
                    .body("errors[0].field", equalTo("open")).body("errors[0].code", equalTo("wrong-type"));
        }
        for (String date : List.of("12345", "\"2026-11-01T10:00:00Z\"", "\"2026-11-01T10:00\"", "\" 2026-11-01\"",
                "[2026, 11, 1]")) {
            isProblem(given().auth().oauth2(A).contentType(ContentType.JSON).body(base + "\"seenOn\": " + date + "}")
                    .post("/v1/probes").then(), 400)
                    .body("errors[0].field", equalTo("seenOn"))
                    .body("errors[0].code", org.hamcrest.Matchers.oneOf("wrong-type", "wrong-format"));
        }
        for (String kind : List.of(" SMALL", "SMALL ", "\\tSMALL", "small")) {
            isProblem(given().auth().oauth2(A).contentType(ContentType.JSON)
                    .body("{\"name\": {\"nl\": \"a\"}, \"kind\": \"" + kind + "\"}").post("/v1/probes").then(), 400)
                    .body("errors[0].field", equalTo("kind")).body("errors[0].code", equalTo("unknown-code"))
                    .body("errors[0].message", containsString("SMALL, LARGE"));
        }
        given().auth().oauth2(A).contentType(ContentType.JSON)
                .body(base + "\"seenOn\": \"2026-11-01\", \"open\": true}").post("/v1/probes").then().statusCode(201);
    }

    @Test
    void shouldRefuseReadOnlyAndUnknownProperties() {
        for (String field : List.of("\"id\": \"" + UUID.randomUUID() + "\"", "\"version\": 3",
                "\"municipalityCode\": \"GM0363\"", "\"colour\": \"red\"")) {
            isProblem(given().auth().oauth2(A).contentType(ContentType.JSON)
                    .body("{\"name\": {\"nl\": \"x\"}, \"kind\": \"SMALL\", " + field + "}").post("/v1/probes")
                    .then(), 400).body("errors[0].code", equalTo("unknown-property"));
        }
    }

    // --- tokens and scopes --------------------------------------------------------------------------------------

    @Test
    void shouldAnswer401WithoutAToken() {
        isProblem(given().get("/v1/probes").then(), 401).header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void shouldAnswer401ForAnExpiredToken() {
        isProblem(given().auth().oauth2(TestTokens.expired("GM0344", "probes:read")).get("/v1/probes").then(), 401);
    }

    @Test
    void shouldAnswer401ForAWronglySignedToken() {
        isProblem(given().auth().oauth2(TestTokens.wronglySigned("GM0344", "probes:read")).get("/v1/probes")
                .then(), 401);
    }

    @jakarta.inject.Inject
    io.smallrye.jwt.auth.principal.JWTParser parser;

    @Test
    void shouldVerifyBearerTokensThroughTheCacheOfVerifiedTokens() {
        org.junit.jupiter.api.Assertions.assertInstanceOf(nl.speelveld.conventions.security.VerifiedTokenCache.class,
                io.quarkus.arc.ClientProxy.unwrap(parser));
    }

    @Test
    void shouldAnswer401ForTheClaimsOfAVerifiedTokenUnderAnotherSignature() {
        // A is verified (and kept by VerifiedTokenCache); the same header and claims signed by another key are not A
        given().auth().oauth2(A).get("/v1/probes").then().statusCode(200);
        String[] parts = A.split("\\.");
        String resigned = parts[0] + "." + parts[1] + "."
                + TestTokens.wronglySigned("GM0344", "probes:read", "probes:write").split("\\.")[2];
        isProblem(given().auth().oauth2(resigned).get("/v1/probes").then(), 401);
        isProblem(given().auth().oauth2(parts[0] + "." + parts[1] + ".").get("/v1/probes").then(), 401);
        given().auth().oauth2(A).get("/v1/probes").then().statusCode(200);
    }

    @Test
    void shouldAnswer401ForAnotherAudience() {
        isProblem(given().auth().oauth2(TestTokens.forAudience("other-api", "GM0344", "probes:read"))
                .get("/v1/probes").then(), 401);
    }

    @Test
    void shouldAnswer401ForAnotherIssuer() {
        isProblem(given().auth().oauth2(TestTokens.fromIssuer("https://evil.example", "GM0344", "probes:read"))
                .get("/v1/probes").then(), 401);
    }

    @Test
    void shouldAnswer401ForAnUnsignedToken() {
        isProblem(given().auth().oauth2(TestTokens.unsigned("GM0344", "probes:read")).get("/v1/probes").then(), 401);
    }

    @Test
    void shouldAnswer401ForATokenWithoutMunicipality() {
        isProblem(given().auth().oauth2(TestTokens.token(null, "probes:read")).get("/v1/probes").then(), 401);
    }

    @Test
    void shouldAnswer403WithoutTheScope() {
        isProblem(given().auth().oauth2(TestTokens.token("GM0344", "probes:read")).contentType(ContentType.JSON)
                .body(BODY).post("/v1/probes").then(), 403);
    }

    // --- tenancy ------------------------------------------------------------------------------------------------

    @Test
    void shouldAnswer404ForAnotherMunicipalitysObject() {
        String id = create(A);
        isProblem(given().auth().oauth2(B).get("/v1/probes/" + id).then(), 404);
    }

    @Test
    void shouldNeverMixTenantsInAList() {
        create(A);
        String mine = create(B);
        List<String> ids = given().auth().oauth2(B).queryParam("limit", 100).get("/v1/probes").then()
                .statusCode(200).extract().path("items.id");
        List<String> municipalities = given().auth().oauth2(B).queryParam("limit", 100).get("/v1/probes").then()
                .extract().path("items.municipalityCode");
        org.hamcrest.MatcherAssert.assertThat(ids, org.hamcrest.Matchers.hasItem(mine));
        org.hamcrest.MatcherAssert.assertThat(municipalities, org.hamcrest.Matchers.everyItem(equalTo("GM0363")));
    }

    // --- ETags ----------------------------------------------------------------------------------------------

    @Test
    void shouldAnswer304WhenTheClientHasTheCurrentVersion() {
        String id = create(A);
        given().auth().oauth2(A).header("If-None-Match", "\"0\"").get("/v1/probes/" + id).then().statusCode(304);
    }

    @Test
    void shouldRequireIfMatchOnUpdates() {
        String id = create(A);
        isProblem(given().auth().oauth2(A).contentType("application/merge-patch+json; charset=UTF-8").body("{\"size\": 4}")
                .patch("/v1/probes/" + id).then(), 428);
    }

    @Test
    void shouldRefuseAStaleIfMatchAndLoseNoUpdate() {
        String id = create(A);
        given().auth().oauth2(A).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"size\": 4}").patch("/v1/probes/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("size", equalTo(4));
        isProblem(given().auth().oauth2(A).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"size\": 5}").patch("/v1/probes/" + id).then(), 412);
        given().auth().oauth2(A).get("/v1/probes/" + id).then().body("size", equalTo(4));
    }

    @Test
    void shouldValidateAMergePatchLikeACreate() {
        String id = create(A);
        isProblem(given().auth().oauth2(A).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"kind\": null}").patch("/v1/probes/" + id).then(), 400).body("errors[0].field",
                equalTo("kind"));
    }

    // --- idempotency keys -------------------------------------------------------------------------------------

    @Test
    void shouldReplayACreateWithTheSameKeyAndBody() {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(BODY).post("/v1/probes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(BODY).post("/v1/probes").then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", containsString(first))
                .body("id", equalTo(first));
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(BODY).post("/v1/probes").then().statusCode(201);
        isProblem(given().auth().oauth2(A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(BODY.replace("3", "4")).post("/v1/probes").then(), 422);
    }

    @Test
    void shouldKeepIdempotencyKeysPerMunicipality() {
        String key = UUID.randomUUID().toString();
        String a = given().auth().oauth2(A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(BODY).post("/v1/probes").then().statusCode(201).extract().path("id");
        String b = given().auth().oauth2(B).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(BODY).post("/v1/probes").then().statusCode(201).extract().path("id");
        assertNotEquals(a, b);
    }

    @Test
    void shouldForgetTheKeyOfAFailedCreate() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"kind\": \"SMALL\"}").post("/v1/probes").then().statusCode(400);
        given().auth().oauth2(A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(BODY).post("/v1/probes").then().statusCode(201);
    }

    // --- paging ---------------------------------------------------------------------------------------------

    @Test
    void shouldPageInAStableOrderWithoutDuplicates() {
        String token = TestTokens.token("GM0999", "probes:read", "probes:write");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create(token));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/v1/probes").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("next");
        } while (cursor != null);
        assertEquals(created, seen);
    }

    @Test
    void shouldRefuseATamperedCursor() {
        String token = TestTokens.token("GM0998", "probes:read", "probes:write");
        create(token);
        create(token);
        String next = given().auth().oauth2(token).queryParam("limit", 1).get("/v1/probes").then().extract()
                .path("next");
        String text = new String(Base64.getUrlDecoder().decode(next));
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                text.replaceFirst("\\|[0-9a-f-]{36}\\|", "|" + UUID.randomUUID() + "|").getBytes());
        isProblem(given().auth().oauth2(token).queryParam("cursor", tampered).get("/v1/probes").then(), 400)
                .body("errors[0].field", equalTo("cursor"));
        isProblem(given().auth().oauth2(token).queryParam("cursor", "not-a-cursor").get("/v1/probes").then(), 400);
    }

    @Test
    void shouldRefuseACursorOfAnotherMunicipalityOrFilter() {
        String token = TestTokens.token("GM0997", "probes:read", "probes:write");
        create(token);
        create(token);
        String next = given().auth().oauth2(token).queryParam("limit", 1).get("/v1/probes").then().extract()
                .path("next");
        isProblem(given().auth().oauth2(B).queryParam("cursor", next).get("/v1/probes").then(), 400);
        isProblem(given().auth().oauth2(token).queryParam("cursor", next).queryParam("kind", "SMALL")
                .get("/v1/probes").then(), 400);
    }

    @Test
    void shouldRefuseALimitAbove100() {
        isProblem(given().auth().oauth2(A).queryParam("limit", 101).get("/v1/probes").then(), 400)
                .body("errors[0].field", equalTo("limit"));
    }

    /** One value per query parameter, written as it is: the services would otherwise pick one or trim it silently. */
    @Test
    void shouldRefuseARepeatedQueryParameterAndSpacesAroundANumber() {
        isProblem(given().urlEncodingEnabled(false).auth().oauth2(A).get("/v1/probes?limit=1&limit=500").then(), 400)
                .body("errors[0].field", equalTo("limit")).body("errors[0].code", equalTo("duplicate"));
        isProblem(given().urlEncodingEnabled(false).auth().oauth2(A).get("/v1/probes?kind=SMALL&limit=2&kind=LARGE")
                .then(), 400).body("errors[0].field", equalTo("kind")).body("errors[0].code", equalTo("duplicate"));
        for (String limit : List.of("%205", "5%20", "+5")) {
            isProblem(given().urlEncodingEnabled(false).auth().oauth2(A).get("/v1/probes?limit=" + limit).then(), 400)
                    .body("errors[0].field", equalTo("limit")).body("errors[0].code", equalTo("range"));
        }
        // an empty value stays "not sent", as before (HTML forms send one)
        given().urlEncodingEnabled(false).auth().oauth2(A).get("/v1/probes?limit=&kind=SMALL").then().statusCode(200);
        // a parameter the operation takes as a list may be repeated: the event feed's type
        given().urlEncodingEnabled(false).auth().oauth2(A)
                .get("/v1/events?type=nl.speelveld.probe.created.v1&type=nl.speelveld.probe.deleted.v1&limit=5")
                .then().statusCode(200);
        isProblem(given().urlEncodingEnabled(false).auth().oauth2(A)
                .get("/v1/events?type=nl.speelveld.probe.created.v1&limit=5&limit=6").then(), 400)
                .body("errors[0].field", equalTo("limit")).body("errors[0].code", equalTo("duplicate"));
    }

    @Test
    void shouldEndTheLastPageWithANullNext() {
        String token = TestTokens.token("GM0996", "probes:read", "probes:write");
        create(token);
        given().auth().oauth2(token).get("/v1/probes").then().body("items", hasSize(1)).body("next", nullValue());
    }
}
