package nl.speelveld.initiative;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.speelveld.initiative.Fixtures.GM0344;
import static nl.speelveld.initiative.Fixtures.GM0363;
import static nl.speelveld.initiative.Fixtures.as;
import static nl.speelveld.initiative.Fixtures.initiative;
import static nl.speelveld.initiative.Fixtures.issue;
import static nl.speelveld.initiative.Fixtures.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every kind of change of initiative-service is an event in its feed (docs/events.md), of its own municipality. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class EventFeedTest {

    static final String ADMIN = TestTokens.token("GM0344", "initiatives:read", "initiatives:write", "admin");

    static List<Map<String, Object>> events(String token, String initiativeId) {
        JsonPath page = as(token).queryParam("initiativeId", initiativeId).queryParam("limit", 100)
                .get("/v1/events").then().statusCode(200).extract().jsonPath();
        return page.getList("items");
    }

    @SuppressWarnings("unchecked")
    static List<String> types(List<Map<String, Object>> events) {
        return events.stream().map(e -> (String) e.get("type")).toList();
    }

    @Test
    void shouldWriteAnEventForEveryKindOfChange() {
        String id = initiative(GM0344, "DESIGN");
        json(GM0344, "{\"budgetPerYear\": 120000}").contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"").patch("/v1/initiatives/" + id).then().statusCode(200);
        String issue = issue(GM0344, id, "Parkeren");
        json(GM0344, "{\"scopeNote\": {\"nl\": \"Later.\"}}").contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"").patch("/v1/initiatives/" + id + "/issues/" + issue).then().statusCode(200);
        json(GM0344, "{\"to\": \"IMPLEMENTATION\", \"reason\": \"Het plan is rond.\"}")
                .post("/v1/initiatives/" + id + "/phase-transitions").then().statusCode(201);
        given().auth().oauth2(ADMIN).queryParam("cascade", "true").delete("/v1/initiatives/" + id).then()
                .statusCode(204);

        List<Map<String, Object>> events = events(GM0344, id);
        assertEquals(List.of("nl.speelveld.initiative.created.v1", "nl.speelveld.initiative.updated.v1",
                "nl.speelveld.issue.created.v1", "nl.speelveld.issue.updated.v1",
                "nl.speelveld.phase-transition.created.v1", "nl.speelveld.initiative.phase-changed.v1",
                "nl.speelveld.issue.deleted.v1", "nl.speelveld.phase-transition.deleted.v1",
                "nl.speelveld.initiative.deleted.v1"), types(events));
        @SuppressWarnings("unchecked")
        Map<String, Object> issueData = (Map<String, Object>) events.get(2).get("data");
        assertEquals(issue, issueData.get("id"));
        assertEquals(id, issueData.get("initiativeId"));
        assertEquals("/v1/initiatives/" + id + "/issues/" + issue, issueData.get("href"));
        assertEquals("initiatives/" + id + "/issues/" + issue, events.get(2).get("subject"));
        assertEquals("/initiative-service", events.get(0).get("source"));
        // another municipality sees none of it
        assertEquals(List.of(), events(GM0363, id));
    }

    /** The cascade removes the history with SQL deletes: each removed record still has its deleted event. */
    @Test
    void shouldWriteADeletedEventForEveryRecordACascadeRemoves() {
        String id = initiative(GM0344, "DESIGN");
        String base = "/v1/initiatives/" + id;
        String parking = issue(GM0344, id, "Parkeren");
        String green = issue(GM0344, id, "Groen");
        for (String scope : List.of(parking, green)) {
            json(GM0344, "{\"statement\": {\"nl\": \"Samen de wijk\"}, \"issueIdsInScope\": [\"" + scope + "\"]}")
                    .post(base + "/problem-definitions").then().statusCode(201);
        }
        json(GM0344, "{\"kind\": \"EXPECTED\", \"holderSource\": \"POLITICS\", \"role\": \"DIRECT\","
                + " \"observedOn\": \"2026-09-01\", \"evidence\": \"MEETING\"}")
                .post(base + "/role-observations").then().statusCode(201);
        json(GM0344, "{\"subject\": \"Inkoopactie\", \"decidedOn\": \"2026-01-10\", \"decidedBy\": \"JOINT\","
                + " \"issueIds\": [\"" + parking + "\"]}").post(base + "/key-decisions").then().statusCode(201);
        json(GM0344, "{\"to\": \"IMPLEMENTATION\", \"reason\": \"Het plan is rond.\"}")
                .post(base + "/phase-transitions").then().statusCode(201);
        // refused cascades remove nothing and write no event
        as(GM0344).delete(base).then().statusCode(409);
        as(GM0344).queryParam("cascade", "true").delete(base).then().statusCode(403);
        assertEquals(0, count(events(GM0344, id), "deleted"));
        given().auth().oauth2(ADMIN).queryParam("cascade", "true").delete(base).then().statusCode(204);

        List<Map<String, Object>> events = events(GM0344, id);
        Map<String, Long> created = byResource(events, "created");
        Map<String, Long> deleted = byResource(events, "deleted");
        assertEquals(Map.of("initiative", 1L, "issue", 2L, "problem-definition", 2L, "role-observation", 1L,
                "key-decision", 1L, "phase-transition", 1L), deleted);
        assertEquals(created, deleted, "every record made is reported removed");
        assertEquals(8, count(events, "deleted"));
        // the same records: each deleted event names a subject that had a created event
        assertEquals(subjects(events, "created"), subjects(events, "deleted"));
        // the initiative's own event comes last, in the same transaction as the others
        assertEquals("nl.speelveld.initiative.deleted.v1", events.get(events.size() - 1).get("type"));
    }

    static long count(List<Map<String, Object>> events, String action) {
        return types(events).stream().filter(t -> t.endsWith("." + action + ".v1")).count();
    }

    static Map<String, Long> byResource(List<Map<String, Object>> events, String action) {
        return types(events).stream().filter(t -> t.endsWith("." + action + ".v1"))
                .collect(java.util.stream.Collectors.groupingBy(
                        t -> t.substring("nl.speelveld.".length(), t.length() - action.length() - 4),
                        java.util.stream.Collectors.counting()));
    }

    static java.util.Set<Object> subjects(List<Map<String, Object>> events, String action) {
        return events.stream().filter(e -> ((String) e.get("type")).endsWith("." + action + ".v1"))
                .map(e -> e.get("subject")).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void shouldPublishTheEventCatalogueAsWebhooks() {
        given().get("/v1/openapi.json").then().statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3.1"))
                .body("webhooks", hasKey("nl.speelveld.initiative.created.v1"))
                .body("webhooks", hasKey("nl.speelveld.initiative.phase-changed.v1"))
                .body("webhooks.'nl.speelveld.issue.updated.v1'.post.requestBody.content.'application/cloudevents+json'"
                        + ".schema.$ref", equalTo("#/components/schemas/CloudEvent"))
                .body("paths", hasKey("/events")).body("paths", hasKey("/webhook-subscriptions"));
    }

    /** An integrator (and a generated client) sees which types a subscription may name, and a working example. */
    @Test
    void shouldListTheSubscribableEventTypesInTheSubscriptionRequest() {
        String types = "components.schemas.WebhookSubscriptionRequest.properties.types";
        given().get("/v1/openapi.json").then().statusCode(200)
                .body(types + ".items.enum", org.hamcrest.Matchers.hasItems("nl.speelveld.initiative.created.v1",
                        "nl.speelveld.initiative.phase-changed.v1", "nl.speelveld.phase-transition.deleted.v1"))
                .body(types + ".items.enum", org.hamcrest.Matchers.hasSize(15))
                .body(types + ".examples[0][0]", equalTo("nl.speelveld.initiative.created.v1"));
    }
}
