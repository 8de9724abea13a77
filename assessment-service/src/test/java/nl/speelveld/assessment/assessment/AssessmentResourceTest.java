package nl.speelveld.assessment.assessment;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
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

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class AssessmentResourceTest {

    static final List<String> INDICATORS = List.of("FI-1", "FI-2", "FI-3", "FI-4", "FI-5", "FI-6", "FI-7", "FI-8",
            "RO-1", "RO-2", "RO-3", "RO-4", "RO-5");
    /** A valid decision record (as DecisionRecordResourceTest writes them), to post to another tenant's assessment. */
    static final String DECISION_RECORD = "{\"axis\": \"ROLE\", \"choice\": \"FACILITATE\", \"rationale\": \"Focus"
            + " houden; huurders via de wijkaanpak.\", \"decidedOn\": \"2026-11-03\"}";

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;

    Zonnewijk zonnewijk(String municipality, String token) {
        return new Zonnewijk(municipality, token).stub(initiatives, stakeholders);
    }

    @Test
    void shouldComputeAnAssessmentFromBothServicesAndStoreIt() {
        Zonnewijk z = zonnewijk("GM0344", Api.GM0344);
        Response created = Api.assess(Api.GM0344, z.initiativeId);
        created.then().log().ifValidationFails().statusCode(201)
                .header("Location", containsString("/v1/assessments/"))
                .body("initiativeId", equalTo(z.initiativeId));
        String location = created.header("Location");

        Response stored = Api.as(Api.GM0344).when().get(location);
        stored.then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo(created.path("id")))
                .body("municipalityCode", equalTo("GM0344"))
                .body("asOf", equalTo("2026-11-01"))
                .body("inputDigest", matchesPattern("[0-9a-f]{64}"))
                .body("methodVersion", equalTo("dilemma-1.0"))
                .body("thresholdSetVersion", equalTo("default-1"))
                .body("disclaimer.nl", startsWith("Deze analyse ondersteunt uw afweging"))
                .body("disclaimer.en", startsWith("This analysis supports your weighing"))
                .body("indicators.code", equalTo(INDICATORS))
                .body("indicators.formula", everyItem(not(equalTo(""))))
                .body("indicators.explanation.nl", everyItem(notNullValue()))
                .body("indicators.explanation.en", everyItem(notNullValue()))
                .body("indicators.sources", everyItem(not(hasSize(0))))
                // Case A's expected reading: focused, inclusivity HIGH, the role taken is FACILITATE.
                .body("axes.find { it.axis == 'FEASIBILITY_INCLUSIVITY' }.position", equalTo(40))
                .body("axes.find { it.axis == 'FEASIBILITY_INCLUSIVITY' }.positionLabel", equalTo("FOCUSED"))
                .body("axes.find { it.axis == 'FEASIBILITY_INCLUSIVITY' }.risks.find { it.type == 'INCLUSIVITY' }"
                        + ".level", equalTo("HIGH"))
                .body("axes.find { it.axis == 'ROLE' }.position", equalTo(25))
                .body("indicators.find { it.code == 'FI-8' }.details.conflictDensityAll", equalTo(0.357f));
    }

    @Test
    void shouldGiveTheSameDigestForTheSameInput() {
        Zonnewijk z = zonnewijk("GM0344", Api.GM0344);
        Response first = Api.assess(Api.GM0344, z.initiativeId);
        Response second = Api.assess(Api.GM0344, z.initiativeId);
        first.then().statusCode(201);
        second.then().statusCode(201);
        assertEquals(first.<String>path("inputDigest"), second.<String>path("inputDigest"));
        assertNotEquals(first.<String>path("id"), second.<String>path("id"));
    }

    @Test
    void shouldAnswer503AndStoreNothingWhenStakeholderServiceResetsTheConnection() {
        Zonnewijk z = zonnewijk("GM0344", Api.GM0344);
        stakeholders.stubFor(z.list("/v1/bulk/interests").atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Api.assess(Api.GM0344, z.initiativeId).then().log().ifValidationFails()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("detail", containsString("stakeholder-service"));
        assertNothingStored(z);
    }

    @Test
    void shouldAnswer503AndStoreNothingWhenStakeholderServiceFails() {
        Zonnewijk z = zonnewijk("GM0344", Api.GM0344);
        stakeholders.stubFor(z.list("/v1/bulk/stakeholder-groups").atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        Api.assess(Api.GM0344, z.initiativeId).then().statusCode(503).header("Retry-After", notNullValue());
        assertNothingStored(z);
    }

    @Test
    void shouldAnswer503AndStoreNothingWhenStakeholderServiceHangs() {
        // The stub answers a valid, empty page only after 6 s, beyond the outbound read timeout (speelveld.outbound.read-timeout-ms, 5 s): had the service
        // waited for it, the assessment would have been made (201). The 503 shows the timeout cut the call off; how long
        // that takes is measured by bench/, never asserted in a test.
        Zonnewijk z = zonnewijk("GM0344", Api.GM0344);
        stakeholders.stubFor(z.list("/v1/bulk/stakeholder-groups").atPriority(1)
                .willReturn(Zonnewijk.ok(java.util.Map.of("items", List.of())).withFixedDelay(6000)));
        Api.assess(Api.GM0344, z.initiativeId).then().statusCode(503).header("Retry-After", notNullValue());
        assertNothingStored(z);
    }

    void assertNothingStored(Zonnewijk z) {
        Api.as(Api.GM0344).queryParam("initiativeId", z.initiativeId).when().get("/v1/assessments")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldNameInitiativeIdWhenInitiativeServiceDoesNotKnowIt() {
        String unknown = UUID.randomUUID().toString();
        initiatives.stubFor(get(urlPathEqualTo("/v1/initiatives/" + unknown)).atPriority(1)
                .willReturn(Zonnewijk.notFound()));
        Api.assess(Api.GM0344, unknown).then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("initiativeId"))
                .body("errors[0].code", equalTo("unknown-id"));
    }

    @Test
    void shouldNameTheUnknownReferenceProfile() {
        Zonnewijk z = zonnewijk("GM0344", Api.GM0344);
        String unknown = UUID.randomUUID().toString();
        stakeholders.stubFor(z.read("/v1/population-profiles/" + unknown).willReturn(Zonnewijk.notFound()));
        Api.as(Api.GM0344).contentType(ContentType.JSON)
                .body("{\"initiativeId\": \"" + z.initiativeId + "\", \"referenceProfileIds\": [\"" + unknown + "\"]}")
                .when().post("/v1/assessments")
                .then().log().ifValidationFails()
                .statusCode(400)
                .body("errors[0].field", equalTo("referenceProfileIds[0]"));
        assertNothingStored(z);
    }

    @Test
    void shouldShowNothingOfAnAssessmentToAnotherMunicipality() {
        Zonnewijk z = zonnewijk("GM0344", Api.GM0344);
        String id = Api.assess(Api.GM0344, z.initiativeId).then().statusCode(201).extract().path("id");
        String base = "/v1/assessments/" + id;
        for (String path : List.of(base, base + "/chart.svg", base + "/decision-records",
                "/v1/assessment-timelines/" + z.initiativeId)) {
            Api.as(Api.GM0363).when().get(path).then().log().ifValidationFails()
                    .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        }
        Api.as(Api.GM0363).contentType(ContentType.JSON).body(DECISION_RECORD)
                .when().post(base + "/decision-records")
                .then().statusCode(404);
        Api.as(Api.GM0363).queryParam("initiativeId", z.initiativeId).when().get("/v1/assessments")
                .then().statusCode(200).body("items", hasSize(0));
        Api.as(Api.GM0363).queryParam("limit", 100).when().get("/v1/assessments")
                .then().statusCode(200).body("items.id", not(hasItem(id)))
                .body("items.municipalityCode", everyItem(equalTo("GM0363")));
        Api.as(Api.GM0344).queryParam("initiativeId", z.initiativeId).when().get("/v1/assessments")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void shouldDrawTheChartInDutchOrEnglishWithAnETag() {
        Zonnewijk z = zonnewijk("GM0344", Api.GM0344);
        String id = Api.assess(Api.GM0344, z.initiativeId).then().statusCode(201).extract().path("id");
        String chart = "/v1/assessments/" + id + "/chart.svg";
        Response dutch = Api.as(Api.GM0344).when().get(chart);
        dutch.then().log().ifValidationFails().statusCode(200)
                .contentType("image/svg+xml")
                .header("Content-Language", "nl")
                .body(allOf(containsString("<title"), containsString("<desc"), containsString("Uitvoerbaarheid"),
                        containsString("gefocust")));
        Api.as(Api.GM0344).header("Accept-Language", "en-GB,en;q=0.9").when().get(chart)
                .then().statusCode(200).contentType("image/svg+xml").header("Content-Language", "en")
                .body(allOf(containsString("<title"), containsString("Feasibility"), not(containsString("gefocust"))));
        String etag = dutch.header("ETag");
        Api.as(Api.GM0344).header("If-None-Match", etag).when().get(chart).then().statusCode(304);
        Api.as(Api.GM0344).header("If-None-Match", etag).header("Accept-Language", "en").when().get(chart)
                .then().statusCode(200);
    }

    @Test
    void shouldCatchAResponseThatDoesNotMatchThePublishedSpec() {
        // Guards the guard: were the validator to skip schemas (as it does on raw OpenAPI 3.1), this would fail.
        var report = Api.validator().validateResponse("/v1/threshold-sets/current", Request.Method.GET,
                SimpleResponse.Builder.status(200).withContentType("application/json")
                        .withBody("{\"version\": 1, \"builtIn\": \"yes\"}").build());
        assertTrue(report.hasErrors(), "the validator accepted a wrong body");
        String messages = report.getMessages().toString();
        assertTrue(messages.contains("/version") && messages.contains("/builtIn"), messages);
    }

    @Test
    void shouldAnswer304ForAnUnchangedAssessment() {
        Zonnewijk z = zonnewijk("GM0344", Api.GM0344);
        String location = Api.assess(Api.GM0344, z.initiativeId).then().statusCode(201).extract().header("Location");
        String etag = Api.as(Api.GM0344).when().get(location).then().statusCode(200).extract().header("ETag");
        Api.as(Api.GM0344).header("If-None-Match", etag).when().get(location).then().statusCode(304);
    }
}
