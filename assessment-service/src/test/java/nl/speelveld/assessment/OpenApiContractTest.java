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
}
