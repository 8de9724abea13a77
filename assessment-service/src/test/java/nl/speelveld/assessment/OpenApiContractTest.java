package nl.speelveld.assessment;

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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checking behind {@link Api} ({@link OpenApiContract}, shared by all services) can fail: a real answer passes, the
 * same answer with wrong types does not. Fed the published OpenAPI 3.1 as is, the validator accepted anything, so every
 * response check in these tests would have proved nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class OpenApiContractTest {

    @Test
    void shouldRejectAnAnswerThatBreaksThePublishedSpec() throws Exception {
        String path = "/v1/threshold-sets/current";
        String body = Api.as(Api.GM0344).when().get(path).then().statusCode(200).extract().asString();
        ValidationReport real = OpenApiContract.check(Request.Method.GET, path, 200, "application/json", body);
        assertFalse(real.hasErrors(), real.getMessages().toString());
        ObjectNode wrong = (ObjectNode) new ObjectMapper().readTree(body);
        wrong.put("version", 5).put("builtIn", "yes");
        var messages = OpenApiContract.assertRejects(Request.Method.GET, path, 200, wrong.toString());
        assertTrue(messages.toString().contains("/version") && messages.toString().contains("/builtIn"),
                messages.toString());
    }

    @Test
    void shouldCheckANullableFieldAndAProblemDocument() throws Exception {
        String path = "/v1/threshold-sets/current";
        ObjectNode body = (ObjectNode) new ObjectMapper().readTree(
                Api.as(Api.GM0344).when().get(path).then().statusCode(200).extract().asString());
        // validFrom is published as a nullable date (anyOf [LocalDate, null]): null passes, a number does not
        body.putNull("validFrom");
        ValidationReport nullable = OpenApiContract.check(Request.Method.GET, path, 200, "application/json",
                body.toString());
        assertFalse(nullable.hasErrors(), nullable.getMessages().toString());
        body.put("validFrom", 20261101);
        OpenApiContract.assertRejects(Request.Method.GET, path, 200, body.toString());
        OpenApiContract.assertRejects(Request.Method.GET, "/v1/assessments/" + UUID.randomUUID(), 404,
                "application/problem+json", "{\"title\": \"Not Found\", \"status\": \"404\"}");
    }

    /**
     * A null where the published schema does not admit one fails the check (issue 11: live assessments carried null
     * in {@code Axis.position}, {@code Axis.positionLabel} and {@code Indicator.value}); the same answer with null
     * only where the schema admits it passes. Both directions, so neither a lenient validator nor a schema that is
     * too strict goes unnoticed.
     */
    @Test
    void shouldRejectNullWhereTheSchemaDoesNotAdmitIt() throws Exception {
        String path = "/v1/assessments/" + UUID.randomUUID();
        ObjectMapper json = new ObjectMapper();
        ObjectNode answer = (ObjectNode) json.readTree("""
                {"id": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "municipalityCode": "GM0344", "version": 1,
                 "createdAt": "2026-11-01T10:00:00Z", "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f14",
                 "asOf": "2026-11-01", "methodVersion": "dilemma-1.0", "referenceProfileIds": [],
                 "axes": [{"axis": "FEASIBILITY_INCLUSIVITY", "position": null, "positionLabel": null,
                           "markers": [], "risks": []}],
                 "indicators": [{"code": "FI-5", "axis": "FEASIBILITY_INCLUSIVITY", "value": null,
                                 "band": "NOT_COMPUTED", "formula": "-", "inputs": []}]}""");
        // every null here is one the schema admits
        ValidationReport admitted = OpenApiContract.check(Request.Method.GET, path, 200, "application/json",
                answer.toString());
        assertFalse(admitted.hasErrors(), admitted.getMessages().toString());

        ObjectNode axisNull = answer.deepCopy();
        ((ObjectNode) axisNull.withArray("axes").get(0)).putNull("axis");
        assertTrue(OpenApiContract.assertRejects(Request.Method.GET, path, 200, axisNull.toString()).toString()
                .contains("axis"));
        ObjectNode codeNull = answer.deepCopy();
        ((ObjectNode) codeNull.withArray("indicators").get(0)).putNull("code");
        OpenApiContract.assertRejects(Request.Method.GET, path, 200, codeNull.toString());
        ObjectNode idNull = answer.deepCopy();
        idNull.putNull("id");
        OpenApiContract.assertRejects(Request.Method.GET, path, 200, idNull.toString());
        ObjectNode listNull = answer.deepCopy();
        listNull.putNull("indicators");
        OpenApiContract.assertRejects(Request.Method.GET, path, 200, listNull.toString());
    }
}
