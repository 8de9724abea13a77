package nl.speelveld.stakeholder.representation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.stakeholder.Fixtures;
import nl.speelveld.stakeholder.InitiativeServiceStub;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static nl.speelveld.stakeholder.Fixtures.GM0363;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Who speaks for whom. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class RepresentationResourceTest {

    @Test
    void shouldRecordWhoSpeaksForWhomWithinOneInitiative() {
        UUID initiative = Fixtures.initiative();
        String association = Fixtures.group(GM0344, initiative, "Huurdersvereniging", "");
        String tenants = Fixtures.group(GM0344, initiative, "Huurders", "");
        String elsewhere = Fixtures.group(GM0344, Fixtures.initiative(), "Elders", "");
        String template = "{\"representativeGroupId\": \"%s\", \"representedGroupId\": \"%s\","
                + " \"basis\": \"ELECTED_MANDATE\", \"since\": \"2024-01-01\"}";
        String location = given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(template.formatted(association, tenants))
                .when().post("/v1/representations")
                .then().log().ifValidationFails().statusCode(201)
                .body("initiativeId", equalTo(initiative.toString()))
                .body("basis", equalTo("ELECTED_MANDATE"))
                .extract().header("Location");
        given().auth().oauth2(GM0344).when().get(location).then().statusCode(200);
        given().auth().oauth2(GM0363).when().get(location).then().statusCode(404);
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(template.formatted(association, elsewhere))
                .when().post("/v1/representations")
                .then().statusCode(400).body("errors[0].code", equalTo("other-initiative"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(template.formatted(tenants, tenants))
                .when().post("/v1/representations")
                .then().statusCode(400).body("errors[0].code", equalTo("same-group"));
        given().auth().oauth2(GM0363).contentType(ContentType.JSON).body(template.formatted(association, tenants))
                .when().post("/v1/representations")
                .then().statusCode(400).body("errors.field", contains("representativeGroupId", "representedGroupId"));
        given().auth().oauth2(GM0344).queryParam("representedGroupId", tenants).when().get("/v1/representations")
                .then().statusCode(200).body("items", hasSize(1));
        given().auth().oauth2(GM0344).when().delete("/v1/stakeholder-groups/" + tenants)
                .then().statusCode(409).body("detail", containsString("representations"));
    }
}
