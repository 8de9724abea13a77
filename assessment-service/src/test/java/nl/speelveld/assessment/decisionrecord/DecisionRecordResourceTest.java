package nl.speelveld.assessment.decisionrecord;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.speelveld.assessment.Api;
import nl.speelveld.assessment.StubbedServices;
import nl.speelveld.assessment.Zonnewijk;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class DecisionRecordResourceTest {

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;

    static String record(String axis, String choice) {
        return record(axis, choice, "");
    }

    static String record(String axis, String choice, String more) {
        return "{\"axis\": \"" + axis + "\", \"choice\": \"" + choice + "\", \"rationale\": \"Focus houden; huurders"
                + " via de wijkaanpak.\", \"decidedOn\": \"2026-11-03\"" + more + "}";
    }

    /** A stored assessment of a freshly stubbed case A. */
    Zonnewijk zonnewijk;
    String assessment() {
        zonnewijk = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        return Api.assess(Api.GM0344, zonnewijk.initiativeId).then().statusCode(201)
                .extract().path("id");
    }

    Response post(String assessmentId, String body) {
        return Api.as(Api.GM0344).contentType(ContentType.JSON).body(body)
                .when().post("/v1/assessments/" + assessmentId + "/decision-records");
    }

    @Test
    void shouldRecordAWeighingAndListIt() {
        String assessment = assessment();
        String tenants = zonnewijk.groups.get("tenants");
        String assumed = zonnewijk.interestIds.get(5);
        Response created = post(assessment, record("FEASIBILITY_INCLUSIVITY", "KEEP_FOCUS_WITH_MITIGATION",
                ", \"interestsConsidered\": [{\"interestId\": \"" + assumed + "\", \"note\": \"aangenomen\"}],"
                        + " \"groupsConsulted\": [\"" + tenants + "\"],"
                        + " \"mitigations\": [\"Huurders in de wijkaanpak\"],"
                        + " \"acceptedRisks\": [\"Huurders profiteren voorlopig niet mee\"], \"mandate\": \"MANAGER\","
                        + " \"decidedBy\": \"u-4711, beleidsadviseur\", \"reviewOn\": \"2027-05-01\""));
        created.then().log().ifValidationFails().statusCode(201)
                .header("Location", containsString("/decision-records/"))
                .header("ETag", notNullValue())
                .body("assessmentId", equalTo(assessment))
                .body("initiativeId", equalTo(zonnewijk.initiativeId))
                .body("municipalityCode", equalTo("GM0344"))
                .body("choice", equalTo("KEEP_FOCUS_WITH_MITIGATION"))
                .body("interestsConsidered[0].interestId", equalTo(assumed))
                .body("groupsConsulted", equalTo(List.of(tenants)))
                .body("mandate", equalTo("MANAGER"))
                .body("supersedes", nullValue())
                .body("supersededBy", nullValue());
        String id = created.path("id");
        Response read = Api.as(Api.GM0344).when().get(created.header("Location"));
        read.then().statusCode(200).body("id", equalTo(id)).body("reviewOn", equalTo("2027-05-01"));
        Api.as(Api.GM0344).header("If-None-Match", read.header("ETag")).when().get(created.header("Location"))
                .then().statusCode(304);
        Api.as(Api.GM0344).when().get("/v1/assessments/" + assessment + "/decision-records")
                .then().log().ifValidationFails().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("next", nullValue());
    }

    @Test
    void shouldRefuseToChangeOrDeleteARecord() {
        String assessment = assessment();
        String location = post(assessment, record("ROLE", "FACILITATE")).then().statusCode(201)
                .extract().header("Location");
        Api.as(Api.GM0344).contentType(ContentType.JSON).body(record("ROLE", "DIRECT")).when().put(location)
                .then().log().ifValidationFails().statusCode(405)
                .header("Allow", "GET, HEAD, OPTIONS")
                .contentType("application/problem+json")
                .body("status", equalTo(405))
                .body("detail", containsString("Allowed: GET"));
        Api.as(Api.GM0344).contentType("application/merge-patch+json").body("{\"choice\": \"DIRECT\"}")
                .when().patch(location)
                .then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS").contentType("application/problem+json");
        Api.as(Api.GM0344).when().delete(location)
                .then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS").contentType("application/problem+json");
        Api.as(Api.GM0344).when().get(location).then().statusCode(200).body("choice", equalTo("FACILITATE"));
    }

    @Test
    void shouldChainACorrectionToTheRecordItSupersedes() {
        String assessment = assessment();
        String first = post(assessment, record("ROLE", "FACILITATE")).then().statusCode(201).extract().path("id");
        String firstEtag = Api.as(Api.GM0344).when()
                .get("/v1/assessments/" + assessment + "/decision-records/" + first).header("ETag");
        // A later assessment of the same initiative: its record corrects the first.
        String later = Api.assess(Api.GM0344, zonnewijk.initiativeId).then().statusCode(201)
                .extract().path("id");
        String second = post(later, record("ROLE", "STIMULATE", ", \"supersedes\": \"" + first + "\""))
                .then().log().ifValidationFails().statusCode(201)
                .body("supersedes", equalTo(first))
                .body("assessmentId", equalTo(later))
                .extract().path("id");

        Api.as(Api.GM0344).header("If-None-Match", firstEtag)
                .when().get("/v1/assessments/" + assessment + "/decision-records/" + first)
                .then().statusCode(200).body("supersededBy", equalTo(second));
        Api.as(Api.GM0344).when().get("/v1/assessments/" + assessment + "/decision-records")
                .then().statusCode(200).body("items[0].supersededBy", equalTo(second));

        // Only the newest record of a chain can be superseded: the chain stays one line.
        post(later, record("ROLE", "DIRECT", ", \"supersedes\": \"" + first + "\""))
                .then().log().ifValidationFails().statusCode(409).contentType("application/problem+json");
        // Another axis, an unknown record, and another initiative's record are refused by name.
        post(later, record("FEASIBILITY_INCLUSIVITY", "POSTPONE", ", \"supersedes\": \"" + second + "\""))
                .then().statusCode(400).body("errors.field", equalTo(List.of("supersedes")));
        post(later, record("ROLE", "DIRECT", ", \"supersedes\": \"" + UUID.randomUUID() + "\""))
                .then().statusCode(400).body("errors[0].field", equalTo("supersedes"));
        String otherInitiative = assessment();
        post(otherInitiative, record("ROLE", "DIRECT", ", \"supersedes\": \"" + second + "\""))
                .then().statusCode(400).body("errors[0].field", equalTo("supersedes"))
                .body("errors[0].code", equalTo("unknown-id"));
    }

    @Test
    void shouldRefuseAChoiceThatDoesNotFitTheAxis() {
        String assessment = assessment();
        post(assessment, record("ROLE", "KEEP_FOCUS")).then().log().ifValidationFails()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("choice")))
                .body("errors[0].message", containsString("FACILITATE"));
        post(assessment, record("FEASIBILITY_INCLUSIVITY", "REGULATE")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("choice")));
        Api.as(Api.GM0344).when().get("/v1/assessments/" + assessment + "/decision-records")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRequireARationaleAndListEveryInvalidFieldAtOnce() {
        String assessment = assessment();
        post(assessment, "{\"axis\": \"ROLE\", \"choice\": \"FACILITATE\", \"decidedOn\": \"2026-11-03\"}")
                .then().log().ifValidationFails().statusCode(400)
                .body("errors.field", equalTo(List.of("rationale")))
                .body("errors[0].code", equalTo("required"));
        String tomorrowPlusOne = LocalDate.now().plusDays(3).toString();
        post(assessment, "{\"axis\": \"ROLE\", \"choice\": \"KEEP_FOCUS\", \"rationale\": \"x\", \"decidedOn\": \""
                + tomorrowPlusOne + "\", \"reviewOn\": \"2020-01-01\", \"groupsConsulted\": [\""
                + UUID.randomUUID() + "\"]}")
                .then().statusCode(400)
                .body("errors.field", hasItem("choice"))
                .body("errors.field", hasItem("decidedOn"))
                .body("errors.field", hasItem("reviewOn"))
                .body("errors.field", hasItem("groupsConsulted[0]"));
        post(assessment, record("ROLE", "FACILITATE", ", \"municipalityCode\": \"GM0363\""))
                .then().statusCode(400).body("errors[0].field", equalTo("municipalityCode"));
    }

    @Test
    void shouldAnswer404ForAnUnknownAssessmentOrRecord() {
        post(UUID.randomUUID().toString(), record("ROLE", "FACILITATE")).then().statusCode(404);
        String assessment = assessment();
        Api.as(Api.GM0344).when().get("/v1/assessments/" + assessment + "/decision-records/" + UUID.randomUUID())
                .then().log().ifValidationFails().statusCode(404).contentType("application/problem+json");
    }
}
