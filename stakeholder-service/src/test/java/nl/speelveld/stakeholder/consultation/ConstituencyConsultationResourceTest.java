package nl.speelveld.stakeholder.consultation;

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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Constituency consultations. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class ConstituencyConsultationResourceTest {

    @Test
    void shouldCheckEveryIssueOfAConsultationWithInitiativeService() {
        UUID initiative = Fixtures.initiative();
        String members = Fixtures.group(GM0344, initiative, "Leden", "");
        String template = "{\"initiativeId\": \"" + initiative + "\", \"representativeGroupId\": \"" + members
                + "\", \"heldOn\": \"2026-06-01\", \"method\": \"GENERAL_MEETING\", \"constituencySize\": 175,"
                + " \"respondents\": %d, \"issueStances\": [%s]}";
        String stances = "{\"issueId\": \"" + UUID.randomUUID() + "\", \"majorityStance\": \"SUPPORT\"},"
                + " {\"issueId\": \"" + InitiativeServiceStub.UNKNOWN_ISSUE + "\", \"majorityStance\": \"OPPOSE\"}";
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(template.formatted(176, stances))
                .when().post("/v1/constituency-consultations")
                .then().log().ifValidationFails().statusCode(400)
                .body("errors.field", contains("respondents", "issueStances[1].issueId"))
                .body("errors[1].message", containsString("is not an issue of initiative"));
        String ok = "{\"issueId\": \"" + UUID.randomUUID() + "\", \"majorityStance\": \"SUPPORT\"}";
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(template.formatted(66, ok + ", " + ok))
                .when().post("/v1/constituency-consultations")
                .then().statusCode(400).body("errors[0].field", equalTo("issueStances[1].issueId"))
                .body("errors[0].code", equalTo("duplicate"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(template.formatted(66, ok))
                .when().post("/v1/constituency-consultations")
                .then().statusCode(201)
                .body("issueStances[0].majorityStance", equalTo("SUPPORT"))
                .body("respondents", equalTo(66));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(template.formatted(45, ""))
                .when().post("/v1/constituency-consultations")
                .then().statusCode(201).body("issueStances", hasSize(0));
        given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString())
                .queryParam("representativeGroupId", members)
                .when().get("/v1/constituency-consultations")
                .then().statusCode(200).body("items.respondents", contains(66, 45));
    }
}
