package nl.speelveld.initiative;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.speelveld.devtools.TestTokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokens and small creates shared by the API tests of the initiative's records. */
final class Fixtures {

    static final String GM0344 = TestTokens.token("GM0344", "initiatives:read", "initiatives:write");
    static final String GM0363 = TestTokens.token("GM0363", "initiatives:read", "initiatives:write");
    static final String READ_ONLY = TestTokens.token("GM0344", "initiatives:read");
    static final String NO_SCOPE = TestTokens.token("GM0344", "stakeholders:read");

    private Fixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    static RequestSpecification json(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
    }

    static String initiative(String token) {
        return initiative(token, "IMPLEMENTATION");
    }

    static String initiative(String token, String phase) {
        return json(token, "{\"title\": {\"nl\": \"Energiecoöperatie Zonnewijk\"}, \"type\": \"CITIZEN_COLLECTIVE\","
                + " \"phase\": \"" + phase + "\"}")
                .when().post("/v1/initiatives").then().statusCode(201).extract().path("id");
    }

    static String issue(String token, String initiativeId, String label) {
        return json(token, "{\"label\": {\"nl\": \"" + label + "\"}}")
                .when().post("/v1/initiatives/" + initiativeId + "/issues").then().statusCode(201).extract().path("id");
    }

    /** Pages through a list with {@code limit} and returns every id, in the order the pages gave them. */
    static List<String> collect(String token, String path, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = as(token).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.when().get(path).then().statusCode(200).extract();
            List<String> items = page.path("items.id");
            assertTrue(items.size() <= limit, "a page holds at most limit items");
            ids.addAll(items);
            cursor = page.path("next");
            assertTrue(++pages < 100, "paging ends");
        } while (cursor != null);
        return ids;
    }

    static String etag(String token, String path) {
        return as(token).when().get(path).then().statusCode(200).extract().header("ETag");
    }
}
