package nl.speelveld.assessment.scenario;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.speelveld.assessment.Api;
import nl.speelveld.assessment.StubbedServices;
import nl.speelveld.assessment.Zonnewijk;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * What-if scenarios on worked case A as a portal calls them: the scenario's result equals a fresh assessment of the
 * data changed the same way (the two services re-stubbed with the change, assessed again), it works while both
 * services are down, it changes no record, and decision records cite scenarios as options weighed.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class ScenarioResourceTest {

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;

    private static Response post(String token, String assessmentId, String body) {
        return Api.as(token).contentType(ContentType.JSON).body(body)
                .when().post("/v1/assessments/" + assessmentId + "/scenarios");
    }

    private static String assessed(Zonnewijk z) {
        return Api.assess(Api.GM0344, z.initiativeId).then().statusCode(201).extract().path("id");
    }

    private static String scopeChanges(Zonnewijk z) {
        StringBuilder changes = new StringBuilder();
        for (String key : List.of("I3", "I4", "I5")) {
            changes.append(changes.length() == 0 ? "" : ", ").append("{\"kind\": \"SCOPE_ISSUE\", \"issueId\": \"")
                    .append(z.issues.get(key)).append("\", \"inScope\": true}");
        }
        return "{\"label\": \"Alle kwesties binnen de afbakening\", \"changes\": [" + changes + "]}";
    }

    /** Compares what a reader weighs, field by field: axes, every indicator's value, band, formula, explanation. */
    private static void assertSameOutcome(JsonPath fresh, JsonPath scenario, String prefix) {
        assertEquals(fresh.getList("axes"), scenario.getList(prefix + "axes"), "axes");
        List<Map<String, Object>> a = fresh.getList("indicators");
        List<Map<String, Object>> b = scenario.getList(prefix + "indicators");
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            for (String field : List.of("code", "value", "band", "formula", "explanation")) {
                assertEquals(a.get(i).get(field), b.get(i).get(field), a.get(i).get("code") + " " + field);
            }
        }
        assertEquals(fresh.getList("flags"), scenario.getList(prefix + "flags"), "flags");
        assertEquals(fresh.getList("warnings"), scenario.getList(prefix + "warnings"), "warnings");
        assertEquals(fresh.getList("questions"), scenario.getList(prefix + "questions"), "questions");
    }

    @Test
    void shouldKeepTheResultOfALargeAssessmentBoundedAsTheAssessmentAnswerIs() {
        // 150 more groups with 10 interests each: some indicators rest on hundreds of groups or interests
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).grown(150).stub(initiatives, stakeholders);
        JsonPath assessment = Api.assess(Api.GM0344, z.initiativeId).then().statusCode(201).extract().jsonPath();
        Response created = post(Api.GM0344, assessment.getString("id"), scopeChanges(z));
        JsonPath scenario = created.then().log().ifValidationFails().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> indicators = scenario.getList("result.indicators");
        assertEquals(13, indicators.size());
        int large = 0;
        for (Map<String, Object> indicator : indicators) {
            int count = ((Number) indicator.get("inputCount")).intValue();
            assertEquals(Math.min(count, 20), ((List<?>) indicator.get("inputs")).size(), indicator.get("code")
                    + " lists its first inputs and counts them all");
            large += count > 500 ? 1 : 0;
        }
        assertNotEquals(0, large, "an indicator rests on hundreds of inputs and lists 20");
        // the same bound as the assessment answer (256 KB), whatever the size of the initiative
        int answer = created.asByteArray().length;
        org.junit.jupiter.api.Assertions.assertTrue(answer < 256 * 1024, "the scenario answer has " + answer
                + " bytes");
    }

    @Test
    void shouldMovePositionOneAndIssueLoadAsAFreshAssessmentOfTheChangedDataWould() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        String assessment = assessed(z);
        JsonPath scenario = post(Api.GM0344, assessment, scopeChanges(z)).then().log().ifValidationFails()
                .statusCode(201).extract().jsonPath();

        z.withEveryIssueInScope().stub(initiatives, stakeholders); // the same data, changed through the services
        JsonPath fresh = Api.assess(Api.GM0344, z.initiativeId).then().statusCode(201).extract().jsonPath();
        assertSameOutcome(fresh, scenario, "result.");

        assertEquals(40, scenario.getInt("delta.axes[0].positionBefore"));
        assertEquals(fresh.getInt("axes[0].position"), scenario.getInt("delta.axes[0].positionAfter"));
        assertNotEquals(40, scenario.getInt("delta.axes[0].positionAfter"));
        Map<String, Object> fi2 = scenario.getMap("delta.indicators.find { it.code == 'FI-2' }");
        assertEquals(2, fi2.get("valueBefore"));
        assertEquals(5, fi2.get("valueAfter"));
        assertEquals("HIGH", fi2.get("bandAfter"));
    }

    @Test
    void shouldGiveTheSilentTenantsAMandatedVoiceAsAFreshAssessmentWould() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        String assessment = assessed(z);
        JsonPath scenario = post(Api.GM0344, assessment, "{\"label\": \"Huurders met mandaat\", \"changes\": [{\"kind\":"
                + " \"SET_VOICE\", \"groupId\": \"" + z.groups.get("tenants") + "\", \"voice\":"
                + " \"REPRESENTED_WITH_MANDATE\"}]}").then().statusCode(201).extract().jsonPath();
        z.withVoice("tenants", "REPRESENTED_WITH_MANDATE").stub(initiatives, stakeholders);
        JsonPath fresh = Api.assess(Api.GM0344, z.initiativeId).then().statusCode(201).extract().jsonPath();
        assertSameOutcome(fresh, scenario, "result.");
        assertEquals("FI-3", scenario.getString("delta.indicators[0].code"));
    }

    @Test
    void shouldComputeWhileBothServicesAreDownAndChangeNoRecord() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        String assessment = assessed(z);
        String before = Api.as(Api.GM0344).when().get("/v1/assessments/" + assessment).then().statusCode(200)
                .extract().asString();
        initiatives.resetAll(); // no stub left: every call would fail
        stakeholders.resetAll();
        post(Api.GM0344, assessment, scopeChanges(z)).then().log().ifValidationFails().statusCode(201)
                .body("assessmentId", equalTo(assessment))
                .body("changes", hasSize(3))
                .body("result.indicators", hasSize(13));
        assertEquals(0, initiatives.getAllServeEvents().size(), "initiative-service was not called");
        assertEquals(0, stakeholders.getAllServeEvents().size(), "stakeholder-service was not called");
        assertEquals(before, Api.as(Api.GM0344).when().get("/v1/assessments/" + assessment).then().statusCode(200)
                .extract().asString(), "the assessment is unchanged");
    }

    @Test
    void shouldRefuseAChangeThatDoesNotFitNamingItsPlaceAndField() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        String assessment = assessed(z);
        post(Api.GM0344, assessment, "{\"label\": \"x\", \"changes\": [{\"kind\": \"TAKE_ROLE\", \"role\": \"LET_GO\"},"
                + " {\"kind\": \"SET_VOICE\", \"groupId\": \"00000000-0000-4000-8000-000000000000\", \"voice\":"
                + " \"ACTIVELY_INVOLVED\"}]}").then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("changes[1].groupId"));
        post(Api.GM0344, assessment, "{\"label\": \"x\", \"changes\": [{\"kind\": \"PAINT_IT_BLUE\"}]}")
                .then().statusCode(400).contentType("application/problem+json");
        post(Api.GM0344, assessment, "{\"label\": \"x\", \"changes\": []}").then().statusCode(400)
                .body("errors[0].field", equalTo("changes"));
        post(Api.GM0344, assessment, "{\"label\": \"x\", \"changes\": [{\"kind\": \"TAKE_ROLE\"}]}")
                .then().statusCode(400).body("errors[0].field", equalTo("changes[0].role"));
        Api.as(Api.GM0344).when().get("/v1/assessments/" + assessment + "/scenarios").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void shouldListReadAndDeleteScenariosOfTheOwnMunicipalityOnly() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        String assessment = assessed(z);
        String id = post(Api.GM0344, assessment, scopeChanges(z)).then().statusCode(201).extract().path("id");
        Api.as(Api.GM0344).when().get("/v1/assessments/" + assessment + "/scenarios").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        String etag = Api.as(Api.GM0344).when().get("/v1/assessments/" + assessment + "/scenarios/" + id)
                .then().statusCode(200).body("label", equalTo("Alle kwesties binnen de afbakening"))
                .extract().header("ETag");
        Api.as(Api.GM0344).header("If-None-Match", etag).when()
                .get("/v1/assessments/" + assessment + "/scenarios/" + id).then().statusCode(304);
        Api.as(Api.GM0363).when().get("/v1/assessments/" + assessment + "/scenarios/" + id).then().statusCode(404);
        post(Api.GM0363, assessment, scopeChanges(z)).then().statusCode(404);
        Api.as(Api.GM0363).when().delete("/v1/assessments/" + assessment + "/scenarios/" + id).then().statusCode(404);
        Api.as(Api.GM0344).when().delete("/v1/assessments/" + assessment + "/scenarios/" + id).then().statusCode(204);
        Api.as(Api.GM0344).when().get("/v1/assessments/" + assessment + "/scenarios/" + id).then().statusCode(404);
    }

    @Test
    void shouldLetADecisionRecordCiteTheScenariosWeighedAndKeepThem() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        String assessment = assessed(z);
        String id = post(Api.GM0344, assessment, scopeChanges(z)).then().statusCode(201).extract().path("id");
        String record = "{\"axis\": \"FEASIBILITY_INCLUSIVITY\", \"choice\": \"KEEP_FOCUS_WITH_MITIGATION\","
                + " \"rationale\": \"Verbreden gewogen en verworpen.\", \"decidedOn\": \"2026-11-03\","
                + " \"scenarioIds\": [%s]}";
        Api.as(Api.GM0344).contentType(ContentType.JSON).body(String.format(record,
                        "\"00000000-0000-4000-8000-000000000000\""))
                .when().post("/v1/assessments/" + assessment + "/decision-records").then().statusCode(400)
                .body("errors[0].field", equalTo("scenarioIds[0]"));
        Api.as(Api.GM0344).contentType(ContentType.JSON).body(String.format(record, "\"" + id + "\""))
                .when().post("/v1/assessments/" + assessment + "/decision-records").then().log().ifValidationFails()
                .statusCode(201).body("scenarioIds", equalTo(List.of(id)));
        Api.as(Api.GM0344).when().delete("/v1/assessments/" + assessment + "/scenarios/" + id).then().statusCode(409)
                .contentType("application/problem+json");
        Api.as(Api.GM0344).when().get("/v1/participation-reports/" + z.initiativeId).then().statusCode(200)
                .body("optionsWeighed.scenarioId", equalTo(List.of(id)))
                .body("optionsWeighed[0].label", equalTo("Alle kwesties binnen de afbakening"))
                .body("optionsWeighed[0].choice", equalTo("KEEP_FOCUS_WITH_MITIGATION"));
        String html = Api.as(Api.GM0344).accept("text/html").when().get("/v1/participation-reports/" + z.initiativeId)
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("Afgewogen opties")
                && html.contains("Alle kwesties binnen de afbakening"), "the HTML report names the option weighed");
        String url = Api.as(Api.GM0344).contentType(ContentType.JSON).body("{\"language\": \"en\"}")
                .when().post("/v1/assessments/" + assessment + "/embed-links").then().statusCode(201)
                .extract().path("url");
        String page = io.restassured.RestAssured.given().when().get(java.net.URI.create(url).getPath())
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("Options weighed")
                && page.contains("Alle kwesties binnen de afbakening: KEEP_FOCUS_WITH_MITIGATION"),
                "the embed page names the option weighed");
    }
}
