package nl.speelveld.initiative.initiative;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.speelveld.initiative.Fixtures.GM0344;
import static nl.speelveld.initiative.Fixtures.GM0363;
import static nl.speelveld.initiative.Fixtures.published;
import static nl.speelveld.initiative.Fixtures.publishedInitiative;
import static nl.speelveld.initiative.Fixtures.register;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class InitiativeResourceTest {

    @Test
    void shouldRegisterAnInitiativeAndReadItBack() {
        String location = given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(Examples.INITIATIVE_REQUEST)
                .when().post("/v1/initiatives")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("municipalityCode", equalTo("GM0344"))
                .body("title.nl", equalTo("Energiecoöperatie Zonnewijk"))
                .body("phase", equalTo("IMPLEMENTATION"))
                .body("externalRefs[0].id", equalTo("42"))
                .extract().header("Location");
        given().auth().oauth2(GM0344).when().get(location)
                .then().statusCode(200)
                .body("type", equalTo("CITIZEN_COLLECTIVE"))
                .body("areaCodes", hasItem("BU03440101"))
                .body("budgetPerYear", equalTo(100000));
    }

    @Test
    void shouldAnswer404ForAnotherMunicipalitysInitiative() {
        String id = register(GM0344, "{\"title\": {\"nl\": \"Buurttuin\"}, \"type\": \"CITIZEN_INITIATIVE\"}");
        given().auth().oauth2(GM0363).when().get("/v1/initiatives/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    @Test
    void shouldRefuseAMissingTitleAndAnUnknownCodeAtOnce() {
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"type\": \"CITIZEN_INITIATIVE\", \"areaCodes\": [\"XX1\"]}")
                .when().post("/v1/initiatives")
                .then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("areaCodes[0]"));
    }

    @Test
    void shouldNameTheFieldOfAnUnknownEnumCode() {
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"title\": {\"nl\": \"x\"}, \"type\": \"HOBBY\"}")
                .when().post("/v1/initiatives")
                .then().log().ifValidationFails().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", startsWith("has an unknown code 'HOBBY'"));
    }

    @Test
    void shouldRefuseTheMunicipalityCodeInABody() {
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"title\": {\"nl\": \"x\"}, \"type\": \"COPRODUCTION\", \"municipalityCode\": \"GM0363\"}")
                .when().post("/v1/initiatives")
                .then().log().ifValidationFails().statusCode(400)
                .body("errors[0].field", equalTo("municipalityCode"))
                .body("errors[0].code", equalTo("unknown-property"));
    }

    /** The published schema gives areaCode at most 10 characters (a CBS wijk or buurt code): longer is a typo. */
    @Test
    void shouldRefuseAnAreaCodeFilterLongerThanACbsCode() {
        given().auth().oauth2(GM0344).queryParam("areaCode", "BU034400011").when().get("/v1/initiatives")
                .then().log().ifValidationFails().statusCode(400)
                .body("errors[0].field", equalTo("areaCode"))
                .body("errors[0].code", equalTo("size"));
        given().auth().oauth2(GM0344).queryParam("areaCode", "BU03440001").when().get("/v1/initiatives")
                .then().statusCode(200);
    }

    @Test
    void shouldListOnlyTheCallersInitiatives() {
        register(GM0363, "{\"title\": {\"nl\": \"Alleen Utrecht\"}, \"type\": \"COPRODUCTION\"}");
        given().auth().oauth2(GM0344).queryParam("q", "alleen utrecht").when().get("/v1/initiatives")
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("next", nullValue());
    }

    @Test
    void shouldRemoveAnInitiativeWithItsWholeHistoryOnlyForAnAdministratorsCascade() {
        String admin = TestTokens.token("GM0344", "initiatives:read", "initiatives:write", "admin");
        String id = register(GM0344, "{\"title\": {\"nl\": \"Buurttuin\"}, \"type\": \"CITIZEN_INITIATIVE\"}");
        String base = "/v1/initiatives/" + id;
        String issue = given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"label\": {\"nl\": \"Speelplek\"}}")
                .when().post(base + "/issues").then().statusCode(201).extract().path("id");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                    .body("{\"statement\": {\"nl\": \"Samen de tuin beheren\"},"
                            + " \"issueIdsInScope\": [\"" + issue + "\"]}")
                    .when().post(base + "/problem-definitions").then().statusCode(201);
        }
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"to\": \"DESIGN\", \"reason\": \"Plan gemaakt\"}")
                .when().post(base + "/phase-transitions").then().statusCode(201);
        given().auth().oauth2(GM0344).when().delete(base).then().statusCode(409);
        given().auth().oauth2(GM0344).queryParam("cascade", true).when().delete(base).then().statusCode(403);
        given().auth().oauth2(admin).queryParam("cascade", true).when().delete(base).then().statusCode(204);
        given().auth().oauth2(GM0344).when().get(base).then().statusCode(404);
        given().auth().oauth2(GM0344).when().get(base + "/issues/" + issue).then().statusCode(404);
    }

    @Test
    void shouldAnswerTheInitiativeOperationsAsPublished() {
        String id = publishedInitiative();
        published().queryParam("limit", 1).when().get("/v1/initiatives").then().statusCode(200);
        published().when().get("/v1/initiatives/" + id).then().statusCode(200);
        published().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"budgetPerYear\": 9000}").when().patch("/v1/initiatives/" + id).then().statusCode(200);
        published("{\"label\": {\"nl\": \"Speelplek\"}}").when().post("/v1/initiatives/" + id + "/issues")
                .then().statusCode(201);
        published().when().delete("/v1/initiatives/" + id).then().statusCode(409);
        published().when().delete("/v1/initiatives/" + publishedInitiative()).then().statusCode(204);
        published().when().get("/v1/initiatives/" + UUID.randomUUID()).then().statusCode(404);
    }
}
