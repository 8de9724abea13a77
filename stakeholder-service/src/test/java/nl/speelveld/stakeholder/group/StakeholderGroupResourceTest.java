package nl.speelveld.stakeholder.group;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.stakeholder.Fixtures;
import nl.speelveld.stakeholder.InitiativeServiceStub;
import nl.speelveld.stakeholder.InjectInitiativeStub;
import nl.speelveld.stakeholder.shared.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static nl.speelveld.stakeholder.Fixtures.GM0363;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class StakeholderGroupResourceTest {

    @InjectInitiativeStub
    WireMockServer initiativeService;

    private static String caseAGroup(UUID initiativeId) {
        return Examples.GROUP_REQUEST.replace(Examples.INITIATIVE_A, initiativeId.toString());
    }

    @Test
    void shouldRecordAGroupAndReadItBackWithItsSalienceClass() {
        UUID initiative = Fixtures.initiative();
        String location = given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(caseAGroup(initiative))
                .when().post("/v1/stakeholder-groups")
                .then().log().ifValidationFails().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/v1/stakeholder-groups/"))
                .body("municipalityCode", equalTo("GM0344"))
                .body("initiativeId", equalTo(initiative.toString()))
                .body("salienceClass", equalTo("DEPENDENT"))
                .body("barriers", contains("LANGUAGE", "TRUST"))
                .extract().header("Location");
        given().auth().oauth2(GM0344).when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Huurders sociale huur"))
                .body("voice", equalTo("NOT_INVOLVED"))
                .body("estimatedSize", equalTo(905));
        given().auth().oauth2(GM0344).header("If-None-Match", "\"0\"").when().get(location)
                .then().statusCode(304);
    }

    @Test
    void shouldAskInitiativeServiceWithTheCallersToken() {
        UUID initiative = Fixtures.initiative();
        Fixtures.group(GM0344, initiative, "Omwonenden", "");
        initiativeService.verify(getRequestedFor(urlPathEqualTo("/v1/initiatives/" + initiative))
                .withHeader("Authorization",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + GM0344)));
    }

    @ParameterizedTest(name = "power={0}, legitimacy={1}, urgency={2} is {3}")
    @CsvSource({
            "false, false, false, NON_STAKEHOLDER",
            "true,  false, false, DORMANT",
            "false, true,  false, DISCRETIONARY",
            "false, false, true,  DEMANDING",
            "true,  true,  false, DOMINANT",
            "true,  false, true,  DANGEROUS",
            "false, true,  true,  DEPENDENT",
            "true,  true,  true,  DEFINITIVE",
            "null,  true,  null,  DISCRETIONARY",
            "null,  null,  null,  NON_STAKEHOLDER"})
    void shouldDeriveTheSalienceClassFromPowerLegitimacyAndUrgency(String power, String legitimacy, String urgency,
            String salience) {
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"initiativeId\": \"" + Fixtures.initiative() + "\", \"name\": \"g\", \"power\": " + power
                        + ", \"legitimacy\": " + legitimacy + ", \"urgency\": " + urgency + "}")
                .when().post("/v1/stakeholder-groups")
                .then().log().ifValidationFails().statusCode(201)
                .body("salienceClass", equalTo(salience));
    }

    @Test
    void shouldRefuseAnInitiativeThatInitiativeServiceDoesNotKnowAndStoreNothing() {
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(caseAGroup(InitiativeServiceStub.UNKNOWN_INITIATIVE))
                .when().post("/v1/stakeholder-groups")
                .then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("initiativeId"))
                .body("errors[0].message", containsString("not an initiative of your municipality"));
        given().auth().oauth2(GM0344).queryParam("initiativeId", InitiativeServiceStub.UNKNOWN_INITIATIVE.toString())
                .when().get("/v1/stakeholder-groups")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldListEveryMissingOrInvalidFieldAtOnce() {
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"estimatedSize\": -1, \"barriers\": [\"NOISE\"]}")
                .when().post("/v1/stakeholder-groups")
                .then().log().ifValidationFails().statusCode(400)
                .body("errors[0].field", equalTo("barriers[0]"))
                .body("errors[0].code", equalTo("unknown-code"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"estimatedSize\": -1, \"powerJustification\": \"" + "x".repeat(2001) + "\"}")
                .when().post("/v1/stakeholder-groups")
                .then().log().ifValidationFails().statusCode(400)
                .body("errors.field", hasItems("initiativeId", "name", "estimatedSize", "powerJustification"));
    }

    @Test
    void shouldRefuseReadOnlyFieldsInABody() {
        for (String field : new String[] {"\"salienceClass\": \"DEFINITIVE\"", "\"municipalityCode\": \"GM0363\"",
                "\"id\": \"" + UUID.randomUUID() + "\""}) {
            given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                    .body("{\"initiativeId\": \"" + Fixtures.initiative() + "\", \"name\": \"g\", " + field + "}")
                    .when().post("/v1/stakeholder-groups")
                    .then().log().ifValidationFails().statusCode(400)
                    .body("errors[0].code", equalTo("unknown-property"));
        }
    }

    @Test
    void shouldChangeAGroupOnlyWithTheETagItWasReadWith() {
        String id = Fixtures.group(GM0344, Fixtures.initiative(), "Huurders", "\"legitimacy\": true");
        String path = "/v1/stakeholder-groups/" + id;
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8").body("{\"urgency\": true}")
                .when().patch(path).then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"7\"")
                .body("{\"urgency\": true}")
                .when().patch(path).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"urgency\": true, \"description\": {\"nl\": \"Huurders van de corporatie\"}}")
                .when().patch(path)
                .then().log().ifValidationFails().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("salienceClass", equalTo("DEPENDENT"))
                .body("description.nl", equalTo("Huurders van de corporatie"))
                .body("name", equalTo("Huurders"));
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body("{\"initiativeId\": \"" + UUID.randomUUID() + "\"}")
                .when().patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("initiativeId"));
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body("{\"salienceClass\": \"DEFINITIVE\"}")
                .when().patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("salienceClass"));
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body("{\"name\": null}")
                .when().patch(path)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void shouldAnswer404ForAnotherMunicipalitysGroup() {
        String path = "/v1/stakeholder-groups/" + Fixtures.group(GM0344, Fixtures.initiative(), "Jongeren", "");
        given().auth().oauth2(GM0363).when().get(path)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(GM0363).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"name\": \"x\"}").when().patch(path).then().statusCode(404);
        given().auth().oauth2(GM0363).when().delete(path).then().statusCode(404);
        given().auth().oauth2(GM0344).when().get(path).then().statusCode(200);
    }

    @Test
    void shouldListOnlyTheCallersGroupsFilteredAndPaged() {
        UUID initiative = Fixtures.initiative();
        Fixtures.group(GM0344, initiative, "Kerngroep", "\"source\": \"COPRODUCING_CITIZENS\"");
        Fixtures.group(GM0344, initiative, "Ouders",
                "\"source\": \"BROADER_PUBLIC\", \"voice\": \"ACTIVELY_INVOLVED\"");
        Fixtures.group(GM0344, initiative, "Honden", "\"source\": \"BROADER_PUBLIC\", \"voice\": \"NOT_INVOLVED\"");
        Fixtures.group(GM0363, initiative, "Elders", "\"source\": \"BROADER_PUBLIC\"");
        String next = given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString())
                .queryParam("limit", 2)
                .when().get("/v1/stakeholder-groups")
                .then().statusCode(200)
                .body("items.name", contains("Kerngroep", "Ouders"))
                .body("next", notNullValue())
                .extract().path("next");
        given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString()).queryParam("limit", 2)
                .queryParam("cursor", next)
                .when().get("/v1/stakeholder-groups")
                .then().statusCode(200)
                .body("items.name", contains("Honden"))
                .body("next", nullValue());
        given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString())
                .queryParam("source", "BROADER_PUBLIC").queryParam("voice", "ACTIVELY_INVOLVED")
                .when().get("/v1/stakeholder-groups")
                .then().statusCode(200).body("items.name", contains("Ouders"));
        given().auth().oauth2(GM0363).queryParam("initiativeId", initiative.toString())
                .when().get("/v1/stakeholder-groups")
                .then().statusCode(200).body("items.name", contains("Elders"));
        given().auth().oauth2(GM0363).queryParam("initiativeId", initiative.toString()).queryParam("limit", 2)
                .queryParam("cursor", next)
                .when().get("/v1/stakeholder-groups")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString()).queryParam("limit", 2)
                .queryParam("source", "POLITICS").queryParam("cursor", next)
                .when().get("/v1/stakeholder-groups")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(GM0344).queryParam("limit", 101).when().get("/v1/stakeholder-groups")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(GM0344).queryParam("source", "PRESS").when().get("/v1/stakeholder-groups")
                .then().statusCode(400).body("errors[0].field", equalTo("source"));
        given().auth().oauth2(GM0344).queryParam("initiativeId", "42").when().get("/v1/stakeholder-groups")
                .then().statusCode(400).body("errors[0].field", equalTo("initiativeId"));
    }

    @Test
    void shouldRefuseToDeleteAGroupThatInterestsReferTo() {
        UUID initiative = Fixtures.initiative();
        String group = Fixtures.group(GM0344, initiative, "Hondenbezitters", "");
        String interest = Fixtures.interest(GM0344, initiative, group, UUID.randomUUID(), "OPPOSE");
        given().auth().oauth2(GM0344).when().delete("/v1/stakeholder-groups/" + group)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("1 interests"));
        given().auth().oauth2(GM0344).when().delete("/v1/interests/" + interest).then().statusCode(204);
        given().auth().oauth2(GM0344).when().delete("/v1/stakeholder-groups/" + group).then().statusCode(204);
        given().auth().oauth2(GM0344).when().get("/v1/stakeholder-groups/" + group).then().statusCode(404);
    }

    @Test
    void shouldRefuseWritesWithAReadOnlyToken() {
        given().auth().oauth2(Fixtures.READ_ONLY).contentType(ContentType.JSON)
                .body(caseAGroup(Fixtures.initiative()))
                .when().post("/v1/stakeholder-groups")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/v1/stakeholder-groups").then().statusCode(401);
    }

    @Test
    void shouldDrawTheStakeholderMapBySource() {
        UUID initiative = Fixtures.initiative();
        Fixtures.group(GM0344, initiative, "Kerngroep bewoners", "\"source\": \"COPRODUCING_CITIZENS\", \"power\":"
                + " true,"
                + " \"legitimacy\": true, \"urgency\": true, \"voice\": \"ACTIVE_COPRODUCER\", \"affected\": true");
        Fixtures.group(GM0344, initiative, "Jongeren", "\"source\": \"BROADER_PUBLIC\", \"legitimacy\": true,"
                + " \"voice\": \"NOT_INVOLVED\", \"affected\": true, \"hardToReach\": true");
        Fixtures.group(GM0344, initiative, "Zonder bron", "");
        given().auth().oauth2(GM0344).when().get("/v1/stakeholder-maps/" + initiative)
                .then().log().ifValidationFails().statusCode(200)
                .body("municipalityCode", equalTo("GM0344"))
                .body("sources.source", contains("COPRODUCING_CITIZENS", "BROADER_PUBLIC", "PUBLIC_ORGANISATION",
                        "POLITICS"))
                .body("sources[0].label.nl", equalTo("coproducerende burgers"))
                .body("sources[0].groups[0].salienceClass", equalTo("DEFINITIVE"))
                .body("sources[1].groups[0].name", equalTo("Jongeren"))
                .body("sources[1].groups[0].salienceClass", equalTo("DISCRETIONARY"))
                .body("sources[1].groups[0].hardToReach", equalTo(true))
                .body("sources[2].groups", hasSize(0))
                .body("unassigned.name", contains("Zonder bron"));
        given().auth().oauth2(GM0344).when().get("/v1/stakeholder-maps/" + InitiativeServiceStub.UNKNOWN_INITIATIVE)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
