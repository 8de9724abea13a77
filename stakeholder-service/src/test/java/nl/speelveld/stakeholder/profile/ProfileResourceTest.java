package nl.speelveld.stakeholder.profile;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.stakeholder.Fixtures;
import nl.speelveld.stakeholder.InitiativeServiceStub;
import nl.speelveld.stakeholder.shared.Examples;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static nl.speelveld.stakeholder.Fixtures.GM0363;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Population (reference) profiles and participant profiles. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class ProfileResourceTest {

    private static String population(String shares) {
        return "{\"name\": \"Referentie\", \"basis\": \"ALL_RESIDENTS\", \"shares\": [" + shares + "]}";
    }

    private static String share(String dimension, String category, double value) {
        return "{\"dimension\": \"" + dimension + "\", \"category\": \"" + category + "\", \"value\": " + value + "}";
    }

    @Test
    void shouldStoreAReferencePopulationOfCaseB() {
        String location = given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(Examples.POPULATION_REQUEST_B)
                .when().post("/v1/population-profiles")
                .then().log().ifValidationFails().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("basis", equalTo("ADULTS"))
                .body("shares", hasSize(4))
                .body("shares[3].category", equalTo("65+"))
                .body("shares[3].value", equalTo(0.22f))
                .extract().header("Location");
        given().auth().oauth2(GM0344).when().get(location)
                .then().statusCode(200).body("sourceTable", equalTo("85984NED")).body("referenceYear", equalTo(2024));
        given().auth().oauth2(GM0344).header("If-None-Match", "\"0\"").when().get(location).then().statusCode(304);
        given().auth().oauth2(GM0363).when().get(location).then().statusCode(404);
    }

    @Test
    void shouldRefuseSharesThatDoNotSumToOneNamingTheDimension() {
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(population(share("TENURE", "OWNER", 0.55) + "," + share("TENURE", "SOCIAL_RENT", 0.38) + ","
                        + share("EDUCATION_LEVEL", "LOW", 0.5) + "," + share("EDUCATION_LEVEL", "HIGH", 0.5)))
                .when().post("/v1/population-profiles")
                .then().log().ifValidationFails().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("shares"))
                .body("errors[0].message", containsString("TENURE"))
                .body("errors[0].code", equalTo("sum"));
        // within ± 0.01 is accepted
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(population(share("TENURE", "OWNER", 0.555) + "," + share("TENURE", "SOCIAL_RENT", 0.38) + ","
                        + share("TENURE", "PRIVATE_RENT", 0.07)))
                .when().post("/v1/population-profiles").then().statusCode(201);
    }

    @Test
    void shouldRefuseCategoriesOutsideTheDimensionTableAndAMissingRationale() {
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"name\": \"Doelgroep\", \"basis\": \"TARGET_GROUP\", \"shares\": ["
                        + share("AGE_BAND", "0-17", 0.5) + "," + share("AGE_BAND", "65+", 0.5) + ","
                        + share("AREA", "BU03440101", 0.6) + "," + share("AREA", "Centrum", 0.4) + ","
                        + share("CUSTOM", "Vrijwilligers", 1.0) + "," + share("GENDER", "UNKNOWN", 1.0) + "]}")
                .when().post("/v1/population-profiles")
                .then().log().ifValidationFails().statusCode(400)
                .body("errors.field", contains("rationale", "shares[0].category", "shares[3].category",
                        "shares[5].category"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(population(share("AGE_BAND", "65+", 1.2)))
                .when().post("/v1/population-profiles")
                .then().statusCode(400).body("errors.field", contains("shares[0].value"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"name\": \"Leeg\", \"basis\": \"ALL_RESIDENTS\", \"shares\": []}")
                .when().post("/v1/population-profiles")
                .then().statusCode(400).body("errors[0].field", equalTo("shares"));
    }

    @Test
    void shouldStoreTheCoreGroupProfileOfCaseBAndCheckItsCounts() {
        UUID initiative = Fixtures.initiative();
        String core = Fixtures.group(GM0344, initiative, "Kerngroep", "\"source\": \"COPRODUCING_CITIZENS\"");
        String reference = Fixtures.post(GM0344, "/v1/population-profiles", Examples.POPULATION_REQUEST_B);
        String valid = Examples.PARTICIPANT_REQUEST.replace(Examples.INITIATIVE_B, initiative.toString())
                .replace("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", core)
                .replace("6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f", reference);
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(valid)
                .when().post("/v1/participant-profiles")
                .then().log().ifValidationFails().statusCode(201)
                .body("n", equalTo(12))
                .body("counts[3].count", equalTo(7))
                .body("referenceProfileId", equalTo(reference));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(valid.replace("\"count\": 7", "\"count\": 6"))
                .when().post("/v1/participant-profiles")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("counts"))
                .body("errors[0].message", containsString("AGE_BAND sum to 11; they must sum to n (12)"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(valid.replace("\"category\": \"15-24\", \"count\": 0", "\"category\": \"UNKNOWN\", \"count\": 0"))
                .when().post("/v1/participant-profiles").then().statusCode(201);
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(valid.replace("\"n\": 12", "\"n\": 0").replace("\"count\": 7", "\"count\": -1"))
                .when().post("/v1/participant-profiles")
                .then().statusCode(400).body("errors.field", contains("counts[3].count", "n"));
        String foreignReference = Fixtures.post(GM0363, "/v1/population-profiles", Examples.POPULATION_REQUEST_B);
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(valid.replace(reference, foreignReference)
                        .replace(core, Fixtures.group(GM0344, Fixtures.initiative(), "Elders", "")))
                .when().post("/v1/participant-profiles")
                .then().statusCode(400).body("errors.field", contains("groupId", "referenceProfileId"));
        given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString()).queryParam("groupId", core)
                .queryParam("scope", "CORE_GROUP")
                .when().get("/v1/participant-profiles")
                .then().statusCode(200).body("items", hasSize(2));
        given().auth().oauth2(GM0363).queryParam("initiativeId", initiative.toString())
                .when().get("/v1/participant-profiles").then().statusCode(200).body("items", hasSize(0));
    }
}
