package nl.speelveld.initiative;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * A method a resource does not support is a 405 problem with {@code Allow}, also on child resources whose class
 * shares a path prefix with another (where the framework alone would answer 404).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class MethodNotAllowedTest {

    static final String TOKEN = TestTokens.token("GM0344", "initiatives:read", "initiatives:write");

    @Test
    void shouldAnswer405WithAllowForDeleteOnAnIssueCollection() {
        String id = Fixtures.register(TOKEN, "{\"title\": {\"nl\": \"x\"}, \"type\": \"COPRODUCTION\"}");
        given().auth().oauth2(TOKEN).when().delete("/v1/initiatives/" + id + "/issues")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405))
                .header("Allow", containsString("GET"))
                .header("Allow", containsString("POST"))
                .header("Allow", not(containsString("DELETE")));
    }

    @Test
    void shouldAnswer405WithAllowForPutOnAnIssue() {
        given().auth().oauth2(TOKEN).contentType("application/json").body("{}")
                .when().put("/v1/initiatives/" + UUID.randomUUID() + "/issues/" + UUID.randomUUID())
                .then().statusCode(405)
                .header("Allow", containsString("PATCH"));
    }

    @Test
    void shouldStillAnswer404ForAnUnknownPath() {
        given().auth().oauth2(TOKEN).when().delete("/v1/initiatives/" + UUID.randomUUID() + "/nothing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * The append-only resources have no operations for changing or removing (there are no placeholder methods):
     * the one rule of the conventions answers each such request with a 405 problem document whose {@code Allow} lists
     * what the resource supports.
     */
    @ParameterizedTest
    @CsvSource({"key-decisions, PUT", "key-decisions, PATCH", "key-decisions, DELETE",
        "role-observations, PUT", "role-observations, PATCH", "role-observations, DELETE",
        "phase-transitions, PUT", "phase-transitions, PATCH", "phase-transitions, DELETE",
        "problem-definitions, PUT", "problem-definitions, PATCH", "problem-definitions, DELETE"})
    void shouldAnswer405WithAllowOnAnAppendOnlyResource(String collection, String method) {
        String path = "/v1/initiatives/" + UUID.randomUUID() + "/" + collection + "/" + UUID.randomUUID();
        var request = given().auth().oauth2(TOKEN);
        if (!method.equals("DELETE")) {
            request = request.contentType(method.equals("PATCH") ? "application/merge-patch+json; charset=UTF-8"
                    : "application/json").body("{}");
        }
        request.when().request(method, path)
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405))
                .body("type", equalTo("/problems/method-not-allowed"))
                .body("detail", containsString("Allowed: GET"))
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }
}
