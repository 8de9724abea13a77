package nl.speelveld.assessment;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every kind of change of assessment-service is an event in its feed (docs/events.md), of its own municipality. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class EventFeedTest {

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;

    static List<Map<String, Object>> events(String token, String initiativeId) {
        return Api.as(token).queryParam("initiativeId", initiativeId).queryParam("limit", 100).get("/v1/events")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void shouldWriteAnEventForEveryKindOfChange() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        String assessment = Api.assess(Api.GM0344, z.initiativeId).then().statusCode(201).extract().path("id");
        String scenario = Api.as(Api.GM0344).contentType(ContentType.JSON)
                .body("{\"label\": \"Alles binnen\", \"changes\": [{\"kind\": \"SCOPE_ISSUE\", \"issueId\": \""
                        + z.issues.get("I3") + "\", \"inScope\": true}]}")
                .post("/v1/assessments/" + assessment + "/scenarios").then().statusCode(201).extract().path("id");
        Api.as(Api.GM0344).delete("/v1/assessments/" + assessment + "/scenarios/" + scenario).then().statusCode(204);

        List<Map<String, Object>> events = events(Api.GM0344, z.initiativeId);
        assertEquals(List.of("nl.speelveld.assessment.created.v1"), events.stream().map(e -> e.get("type")).toList(),
                "scenarios belong to an assessment and carry its id, not the initiative's");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) events.get(0).get("data");
        assertEquals("/v1/assessments/" + assessment, data.get("href"));
        assertEquals(z.initiativeId, data.get("initiativeId"));

        List<Map<String, Object>> all = Api.as(Api.GM0344).queryParam("type", "nl.speelveld.scenario.created.v1")
                .queryParam("type", "nl.speelveld.scenario.deleted.v1").queryParam("limit", 100).get("/v1/events")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Object> ours = all.stream().filter(e -> ((Map<?, ?>) e.get("data")).get("id").equals(scenario))
                .map(e -> e.get("type")).toList();
        assertEquals(List.of("nl.speelveld.scenario.created.v1", "nl.speelveld.scenario.deleted.v1"), ours);
        assertEquals(List.of(), events(Api.GM0363, z.initiativeId));
    }
}
