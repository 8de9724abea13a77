package nl.speelveld.initiative;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.OpenApiContract;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static nl.speelveld.initiative.Fixtures.published;
import static nl.speelveld.initiative.Fixtures.publishedInitiative;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of this service has its answers checked against the OpenAPI document the running service publishes
 * at {@code /v1/openapi.json}: what integrators generate clients from must be what the service sends. Each feature's
 * test calls its operations through {@link Fixtures#published()} (e.g. {@code
 * IssueResourceTest.shouldAnswerTheIssueOperationsAsPublished}). The checking is {@link OpenApiContract} (shared by all
 * services), which rewrites the published OpenAPI 3.1 into the 3.0 the validator really checks;
 * {@link #shouldRejectAnAnswerThatBreaksThePublishedSpec()} proves it can fail.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class OpenApiContractTest {

    @Test
    void shouldRejectAnAnswerThatBreaksThePublishedSpec() throws Exception {
        // Guards the guard: fed the published OpenAPI 3.1 as is, the validator accepted anything.
        String path = "/v1/initiatives/" + publishedInitiative();
        String body = published().when().get(path).then().statusCode(200).extract().asString();
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

    /** Every idempotent create lists the header (described once, by conventions' OAS filter) and its 409/422. */
    @Test
    void shouldDocumentTheIdempotencyKeyOfEveryCreate() {
        io.restassured.path.json.JsonPath doc = io.restassured.RestAssured.given().get("/v1/openapi.json").then()
                .statusCode(200).extract().jsonPath();
        for (String path : java.util.List.of("/initiatives", "/initiatives/{id}/issues",
                "/initiatives/{id}/problem-definitions", "/initiatives/{id}/role-observations",
                "/initiatives/{id}/key-decisions", "/initiatives/{id}/phase-transitions")) {
            String op = "paths.'" + path + "'.post";
            java.util.List<java.util.Map<String, Object>> headers = doc.getList(op + ".parameters.findAll { it.in == 'header'"
                    + " && it.name == 'Idempotency-Key' }");
            org.junit.jupiter.api.Assertions.assertEquals(1, headers.size(), path + " lists Idempotency-Key once");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> schema = (java.util.Map<String, Object>) headers.get(0).get("schema");
            org.junit.jupiter.api.Assertions.assertEquals(255, schema.get("maxLength"), path);
            assertTrue(doc.getMap(op + ".responses").keySet().containsAll(java.util.Set.of("409", "422")), path);
        }
        assertFalse(doc.getMap("paths.'/initiatives'.get").toString().contains("Idempotency-Key"),
                "a read takes no Idempotency-Key");
    }
}
