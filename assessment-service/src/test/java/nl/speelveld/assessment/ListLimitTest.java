package nl.speelveld.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

/** Without the request validator of {@link Api} (it would refuse these requests itself): the lists answer a {@code limit} that is not a whole number from 1 to 100 with a 400 naming {@code limit}. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class ListLimitTest {

    @Test
    void shouldAnswer400NamingLimitOnTheLists() {
        String initiative = UUID.randomUUID().toString();
        for (String list : List.of("/v1/assessments", "/v1/assessments/" + UUID.randomUUID() + "/decision-records",
                "/v1/assessments/" + UUID.randomUUID() + "/scenarios")) {
            for (String limit : List.of("abc", "1.5", "1e3", "0", "101", "99999999999999999999")) {
                given().auth().oauth2(Api.GM0344).queryParam("initiativeId", initiative).queryParam("limit", limit)
                        .get(list).then().log().ifValidationFails()
                        .statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem("limit"));
            }
        }
    }
}
