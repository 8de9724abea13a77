package nl.speelveld.initiative;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.speelveld.devtools.OpenApiContract;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of this service, its answers checked against the OpenAPI document the running service publishes
 * at {@code /v1/openapi.json}: what integrators generate clients from must be what the service sends. The checking is
 * {@link OpenApiContract} (shared by all services), which rewrites the published OpenAPI 3.1 into the 3.0 the
 * validator really checks; {@link #shouldRejectAnAnswerThatBreaksThePublishedSpec()} proves it can fail.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class OpenApiContractTest {

    static final String TOKEN = TestTokens.token("GM0363", "initiatives:read", "initiatives:write");

    /**
     * The token goes in as a plain header: RestAssured adds {@code auth().oauth2()} after the filters have run, so the
     * validator would not see it and report the bearer requirement as unmet.
     */
    RequestSpecification api() {
        return given().filter(OpenApiContract.filter()).header("Authorization", "Bearer " + TOKEN);
    }

    RequestSpecification json(String body) {
        return api().contentType(ContentType.JSON).body(body);
    }

    /** A request that breaks the published request schema on purpose; only the answer is checked. */
    RequestSpecification invalid(String body) {
        return given().filter(OpenApiContract.responses()).header("Authorization", "Bearer " + TOKEN)
                .contentType(ContentType.JSON).body(body);
    }

    String initiative() {
        return json("{\"title\": {\"nl\": \"Buurtpark De Hoven\"}, \"type\": \"CITIZEN_INITIATIVE\","
                + " \"phase\": \"DESIGN\"}").when().post("/v1/initiatives").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldRejectAnAnswerThatBreaksThePublishedSpec() throws Exception {
        // Guards the guard: fed the published OpenAPI 3.1 as is, the validator accepted anything.
        String path = "/v1/initiatives/" + initiative();
        String body = api().when().get(path).then().statusCode(200).extract().asString();
        ValidationReport real = OpenApiContract.check(Request.Method.GET, path, 200, "application/json", body);
        assertFalse(real.hasErrors(), real.getMessages().toString());
        ObjectNode wrong = (ObjectNode) new ObjectMapper().readTree(body);
        wrong.put("version", "five").put("challengeRight", "yes");
        var messages = OpenApiContract.assertRejects(Request.Method.GET, path, 200, wrong.toString());
        assertTrue(messages.toString().contains("/version") && messages.toString().contains("/challengeRight"),
                messages.toString());
        OpenApiContract.assertRejects(Request.Method.GET, "/v1/initiatives/" + UUID.randomUUID(), 404,
                "application/problem+json", "{\"title\": \"Not Found\", \"status\": \"404\"}");
    }

    @Test
    void shouldAnswerTheInitiativeOperationsAsPublished() {
        String id = initiative();
        api().queryParam("limit", 1).when().get("/v1/initiatives").then().statusCode(200);
        api().when().get("/v1/initiatives/" + id).then().statusCode(200);
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"budgetPerYear\": 9000}").when().patch("/v1/initiatives/" + id).then().statusCode(200);
        json("{\"label\": {\"nl\": \"Speelplek\"}}").when().post("/v1/initiatives/" + id + "/issues")
                .then().statusCode(201);
        api().when().delete("/v1/initiatives/" + id).then().statusCode(409);
        api().when().delete("/v1/initiatives/" + initiative()).then().statusCode(204);
        api().when().get("/v1/initiatives/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldAnswerTheProblemDefinitionOperationsAsPublished() {
        String base = "/v1/initiatives/" + initiative() + "/problem-definitions";
        api().when().get(base + "/current").then().statusCode(404);
        String issue = json("{\"label\": {\"nl\": \"Maaien en snoeien\"}}")
                .when().post(base.replace("problem-definitions", "issues")).then().statusCode(201).extract().path("id");
        String body = "{\"statement\": {\"nl\": \"Bewoners onderhouden het park.\"}, \"framedBy\": \"JOINT\","
                + " \"issueIdsInScope\": [\"" + issue + "\"]}";
        String first = json(body).when().post(base).then().statusCode(201).extract().path("id");
        json(body).when().post(base).then().statusCode(201);
        json(body.replace(issue, UUID.randomUUID().toString())).when().post(base).then().statusCode(400);
        api().queryParam("limit", 1).when().get(base).then().statusCode(200);
        api().when().get(base + "/current").then().statusCode(200);
        api().when().get(base + "/" + first).then().statusCode(200);
        api().when().delete(base + "/" + first).then().statusCode(405);
    }

    @Test
    void shouldAnswerTheRoleObservationOperationsAsPublished() {
        String base = "/v1/initiatives/" + initiative() + "/role-observations";
        String id = json(Examples.ROLE_OBSERVATION_REQUEST).when().post(base).then().statusCode(201)
                .extract().path("id");
        json("{\"kind\": \"WANTED\", \"holderSource\": \"COPRODUCING_CITIZENS\", \"role\": \"FACILITATE\","
                + " \"observedOn\": \"2026-09-01\"}").when().post(base).then().statusCode(201);
        invalid("{\"kind\": \"WANTED\"}").when().post(base).then().statusCode(400);
        api().when().get(base).then().statusCode(200);
        api().when().get(base + "/" + id).then().statusCode(200);
        api().header("If-None-Match", "\"0\"").when().get(base + "/" + id).then().statusCode(304);
        api().when().put(base + "/" + id).then().statusCode(405);
        api().when().patch(base + "/" + id).then().statusCode(405);
        api().when().delete(base + "/" + id).then().statusCode(405);
    }

    @Test
    void shouldAnswerTheKeyDecisionOperationsAsPublished() {
        String base = "/v1/initiatives/" + initiative() + "/key-decisions";
        String id = json("{\"subject\": \"Maaischema voorjaar\", \"decidedOn\": \"2025-03-01\","
                + " \"decidedBy\": \"CITIZENS\"}").when().post(base).then().statusCode(201).extract().path("id");
        json(Examples.KEY_DECISION_REQUEST).when().post(base).then().statusCode(400);
        api().when().get(base).then().statusCode(200);
        api().when().get(base + "/" + id).then().statusCode(200);
        api().when().put(base + "/" + id).then().statusCode(405);
        api().when().delete(base + "/" + id).then().statusCode(405);
    }

    @Test
    void shouldAnswerThePhaseTransitionOperationsAsPublished() {
        String base = "/v1/initiatives/" + initiative() + "/phase-transitions";
        String id = json(Examples.PHASE_TRANSITION_REQUEST).when().post(base).then().statusCode(201)
                .extract().path("id");
        json(Examples.PHASE_TRANSITION_REQUEST).when().post(base).then().statusCode(409);
        api().when().get(base).then().statusCode(200);
        api().when().get(base + "/" + id).then().statusCode(200);
        api().when().delete(base + "/" + id).then().statusCode(405);
    }

    @Test
    void shouldAnswerTheVocabularyOperationsAsPublished() {
        String tag = api().when().get("/v1/vocabularies").then().statusCode(200).extract().header("ETag");
        api().header("If-None-Match", tag).when().get("/v1/vocabularies").then().statusCode(304);
        api().when().get("/v1/vocabularies/GovernmentRole").then().statusCode(200);
        api().when().get("/v1/vocabularies/Unknown").then().statusCode(404);
    }

    @Test
    void shouldAnswerTheIssueOperationsAsPublished() {
        String initiative = json("{\"title\": {\"nl\": \"Buurtpark De Hoven\"}, \"type\": \"CITIZEN_INITIATIVE\"}")
                .when().post("/v1/initiatives").then().statusCode(201).extract().path("id");
        String base = "/v1/initiatives/" + initiative + "/issues";
        String issue = json(Examples.ISSUE_REQUEST).when().post(base).then().statusCode(201).extract().path("id");
        api().when().get(base).then().statusCode(200);
        api().when().get(base + "/" + issue).then().statusCode(200);
        api().header("If-None-Match", "\"0\"").when().get(base + "/" + issue).then().statusCode(304);
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Examples.ISSUE_PATCH)
                .when().patch(base + "/" + issue).then().statusCode(200);
        api().contentType("application/merge-patch+json").body(Examples.ISSUE_PATCH)
                .when().patch(base + "/" + issue).then().statusCode(428);
        api().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Examples.ISSUE_PATCH)
                .when().patch(base + "/" + issue).then().statusCode(412);
        invalid("{\"label\": {\"nl\": \"\"}}").when().post(base).then().statusCode(400);
    }
}
