package nl.speelveld.initiative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads the initiative part of each worked case in {@code examples/cases} exactly as the case runner does
 * (initiative, issues, problem definition, role observations, key decisions), so the runner cannot stop at this
 * service.
 * Stakeholder groups live in stakeholder-service; their ids are stood in for by groups of the stub
 * ({@link StakeholderServiceStub}), which the role observations' holderGroupId is checked against.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class CaseLoadingTest {

    /** A municipality of its own, so the cases' external references meet no other test's initiatives. */
    static final String TOKEN = TestTokens.token("GM0599", "initiatives:read", "initiatives:write", "admin");
    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException {
        Path folder = Path.of("").toAbsolutePath().getParent().resolve("examples/cases");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertTrue(found.size() >= 2, "the worked cases are missing from " + folder);
            return found.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void shouldLoadTheInitiativePartOfTheCaseAsTheAcceptanceRunnerDoes(Path file) throws IOException {
        JsonNode c = JSON.readTree(file.toFile());
        removeLeftoversOfAnEarlierRun(c.get("initiative"));

        String iid = post("/v1/initiatives", c.get("initiative")).path("id");
        Map<String, String> issueIds = new LinkedHashMap<>();
        for (JsonNode issue : c.get("issues")) {
            ObjectNode body = JSON.createObjectNode().set("label", issue.get("label"));
            issueIds.put(issue.get("key").asText(), post("/v1/initiatives/" + iid + "/issues", body).path("id"));
        }
        ObjectNode definition = c.get("problemDefinition").deepCopy();
        ArrayNode inScope = definition.putArray("issueIdsInScope");
        for (JsonNode issue : c.get("issues")) {
            if (issue.get("inScope").asBoolean()) {
                inScope.add(issueIds.get(issue.get("key").asText()));
            }
        }
        post("/v1/initiatives/" + iid + "/problem-definitions", definition);

        Map<String, String> groupIds = new HashMap<>();
        for (JsonNode observation : c.get("roleObservations")) {
            ObjectNode body = observation.deepCopy();
            body.remove("holderGroup");
            if (observation.has("holderGroup")) {
                body.put("holderGroupId", groupIds.computeIfAbsent(observation.get("holderGroup").asText(),
                        key -> StakeholderServiceStub.group(iid)));
            }
            post("/v1/initiatives/" + iid + "/role-observations", body);
        }
        for (JsonNode decision : c.get("keyDecisions")) {
            post("/v1/initiatives/" + iid + "/key-decisions", decision);
        }

        List<Boolean> expectedScope = new ArrayList<>();
        c.get("issues").forEach(issue -> expectedScope.add(issue.get("inScope").asBoolean()));
        List<Boolean> actualScope = given().auth().oauth2(TOKEN).queryParam("limit", 100)
                .when().get("/v1/initiatives/" + iid + "/issues")
                .then().statusCode(200).extract().path("items.inScope");
        assertEquals(expectedScope, actualScope, "inScope of the issues follows the case's problem definition");
        given().auth().oauth2(TOKEN).queryParam("limit", 100)
                .when().get("/v1/initiatives/" + iid + "/role-observations")
                .then().statusCode(200).body("items.size()", equalTo(c.get("roleObservations").size()));
        given().auth().oauth2(TOKEN).queryParam("limit", 100).when().get("/v1/initiatives/" + iid + "/key-decisions")
                .then().statusCode(200).body("items.size()", equalTo(c.get("keyDecisions").size()));
    }

    private static Response post(String path, JsonNode body) {
        Response response = given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body.toString())
                .when().post(path);
        assertEquals(201, response.statusCode(), () -> "POST " + path + " answered " + response.statusCode() + ": "
                + response.body().asString());
        return response;
    }

    /** Against a database kept between runs, the case's external reference would already be taken (409). */
    private static void removeLeftoversOfAnEarlierRun(JsonNode initiative) {
        for (JsonNode ref : initiative.path("externalRefs")) {
            String key = String.join(":", ref.get("system").asText(), ref.get("instance").asText(),
                    ref.get("type").asText(), ref.get("id").asText());
            List<String> ids = given().auth().oauth2(TOKEN).queryParam("externalRef", key)
                    .when().get("/v1/initiatives").then().statusCode(200).extract().path("items.id");
            ids.forEach(id -> given().auth().oauth2(TOKEN).queryParam("cascade", true)
                    .when().delete("/v1/initiatives/" + id).then().statusCode(204));
        }
    }
}
