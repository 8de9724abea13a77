package nl.speelveld.initiative;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.speelveld.devtools.OpenApiContract;
import nl.speelveld.devtools.TestTokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokens and small creates shared by the API tests of every feature of this service. */
public final class Fixtures {

    public static final String GM0344 = TestTokens.token("GM0344", "initiatives:read", "initiatives:write");
    public static final String GM0363 = TestTokens.token("GM0363", "initiatives:read", "initiatives:write");
    public static final String READ_ONLY = TestTokens.token("GM0344", "initiatives:read");
    public static final String NO_SCOPE = TestTokens.token("GM0344", "stakeholders:read");

    private Fixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static RequestSpecification json(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
    }

    public static String initiative(String token) {
        return initiative(token, "IMPLEMENTATION");
    }

    public static String initiative(String token, String phase) {
        return json(token, "{\"title\": {\"nl\": \"Energiecoöperatie Zonnewijk\"}, \"type\": \"CITIZEN_COLLECTIVE\","
                + " \"phase\": \"" + phase + "\"}")
                .when().post("/v1/initiatives").then().statusCode(201).extract().path("id");
    }

    /** Registers an initiative with this body; its id. */
    public static String register(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/v1/initiatives")
                .then().statusCode(201).extract().path("id");
    }

    public static String issue(String token, String initiativeId, String label) {
        return json(token, "{\"label\": {\"nl\": \"" + label + "\"}}")
                .when().post("/v1/initiatives/" + initiativeId + "/issues").then().statusCode(201).extract().path("id");
    }

    /**
     * A request of {@link #GM0363}, checked with its answer against the OpenAPI document the running service publishes
     * (see {@code OpenApiContractTest}). The token goes in as a plain header: RestAssured adds {@code auth().oauth2()}
     * after the filters have run, so the validator would not see it and report the bearer requirement as unmet.
     */
    public static RequestSpecification published() {
        return given().filter(OpenApiContract.filter()).header("Authorization", "Bearer " + GM0363);
    }

    /** The same with a JSON body. */
    public static RequestSpecification published(String body) {
        return published().contentType(ContentType.JSON).body(body);
    }

    /** A request that breaks the published request schema on purpose; only the answer is checked. */
    public static RequestSpecification publishedAnswer(String body) {
        return given().filter(OpenApiContract.responses()).header("Authorization", "Bearer " + GM0363)
                .contentType(ContentType.JSON).body(body);
    }

    /** Registers an initiative through {@link #published(String)}, so the create is checked too; its id. */
    public static String publishedInitiative() {
        return published("{\"title\": {\"nl\": \"Buurtpark De Hoven\"}, \"type\": \"CITIZEN_INITIATIVE\","
                + " \"phase\": \"DESIGN\"}").when().post("/v1/initiatives").then().statusCode(201).extract().path("id");
    }

    /** Pages through a list with {@code limit} and returns every id, in the order the pages gave them. */
    public static List<String> collect(String token, String path, int limit) {
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

    public static String etag(String token, String path) {
        return as(token).when().get(path).then().statusCode(200).extract().header("ETag");
    }
}
