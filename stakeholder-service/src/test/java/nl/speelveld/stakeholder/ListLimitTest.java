package nl.speelveld.stakeholder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.DevKeys;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

/** Every list answers a {@code limit} that is not a whole number from 1 to 100 with a 400 naming {@code limit}. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class ListLimitTest {

    static final String TOKEN = TestTokens.token("GM0344", DevKeys.ALL_SCOPES.toArray(String[]::new));

    static final List<String> LISTS = List.of("/v1/stakeholder-groups", "/v1/interests", "/v1/conflict-overrides",
            "/v1/representations", "/v1/population-profiles", "/v1/participant-profiles", "/v1/core-group-snapshots",
            "/v1/constituency-consultations");

    @Test
    void shouldAnswer400NamingLimitOnEveryList() {
        String initiative = UUID.randomUUID().toString();
        for (String list : LISTS) {
            for (String limit : List.of("abc", "1.5", "1e3", "0", "101", "99999999999999999999")) {
                given().auth().oauth2(TOKEN).queryParam("initiativeId", initiative).queryParam("limit", limit)
                        .get(list).then().log().ifValidationFails()
                        .statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem("limit"));
            }
        }
    }
}
