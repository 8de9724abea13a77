package nl.speelveld.stakeholder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static nl.speelveld.stakeholder.Fixtures.GM0363;
import static nl.speelveld.stakeholder.Fixtures.group;
import static nl.speelveld.stakeholder.Fixtures.initiative;
import static nl.speelveld.stakeholder.Fixtures.interest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every kind of change of stakeholder-service is an event in its feed (docs/events.md), of its own municipality. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class EventFeedTest {

    static List<Map<String, Object>> events(String token, UUID initiativeId) {
        return given().auth().oauth2(token).queryParam("initiativeId", initiativeId.toString())
                .queryParam("limit", 100).get("/v1/events").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    @Test
    void shouldWriteAnEventForEveryKindOfChange() {
        UUID initiative = initiative();
        String groupId = group(GM0344, initiative, "Huurders", "\"source\": \"BROADER_PUBLIC\"");
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"").body("{\"urgency\": true}").patch("/v1/stakeholder-groups/" + groupId)
                .then().statusCode(200);
        String interestId = interest(GM0344, initiative, groupId, UUID.randomUUID(), "SUPPORT");
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"status\": \"ADOPTED\", \"respondedOn\": \"2026-11-01\", \"respondedBy\": \"GOVERNMENT\"}")
                .put("/v1/interests/" + interestId + "/response").then().statusCode(200);
        given().auth().oauth2(GM0344).delete("/v1/interests/" + interestId).then().statusCode(204);

        List<Map<String, Object>> events = events(GM0344, initiative);
        assertEquals(List.of("nl.speelveld.stakeholder-group.created.v1", "nl.speelveld.stakeholder-group.updated.v1",
                "nl.speelveld.interest.created.v1", "nl.speelveld.interest.responded.v1",
                "nl.speelveld.interest.deleted.v1"), events.stream().map(e -> e.get("type")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) events.get(3).get("data");
        assertEquals(Map.of("id", interestId, "initiativeId", initiative.toString(), "groupId", groupId,
                "municipalityCode", "GM0344", "version", 1, "href", "/v1/interests/" + interestId), data);
        assertFalse(events.toString().contains("Huurders"), "never the resource's texts");
        assertEquals(List.of(), events(GM0363, initiative));
    }

    /** The database would cascade an interest's overrides; they are removed one by one, each with its event. */
    @Test
    void shouldWriteADeletedEventForTheOverridesAnInterestTakesWithIt() {
        UUID initiative = initiative();
        UUID issue = UUID.randomUUID();
        String a = group(GM0344, initiative, "A", "\"source\": \"BROADER_PUBLIC\"");
        String b = group(GM0344, initiative, "B", "\"source\": \"POLITICS\"");
        String x = interest(GM0344, initiative, a, issue, "SUPPORT");
        String y = interest(GM0344, initiative, b, issue, "SUPPORT");
        String z = interest(GM0344, initiative, b, issue, "OPPOSE");
        String template = "{\"interestIdA\": \"%s\", \"interestIdB\": \"%s\", \"relation\": \"CONFLICT\","
                + " \"reason\": \"Beide steunen een andere plek\"}";
        String first = given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(template.formatted(x, y))
                .post("/v1/conflict-overrides").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(template.formatted(z, x))
                .post("/v1/conflict-overrides").then().statusCode(201).extract().path("id");
        given().auth().oauth2(GM0344).delete("/v1/interests/" + x).then().statusCode(204);
        given().auth().oauth2(GM0344).get("/v1/conflict-overrides/" + first).then().statusCode(404);
        given().auth().oauth2(GM0344).get("/v1/conflict-overrides/" + second).then().statusCode(404);

        List<Map<String, Object>> events = events(GM0344, initiative);
        List<Object> tail = events.subList(events.size() - 3, events.size()).stream().map(e -> e.get("type")).toList();
        assertEquals(List.of("nl.speelveld.conflict-override.deleted.v1", "nl.speelveld.conflict-override.deleted.v1",
                "nl.speelveld.interest.deleted.v1"), tail);
        assertEquals(java.util.Set.of("conflict-overrides/" + first, "conflict-overrides/" + second),
                events.stream().filter(e -> "nl.speelveld.conflict-override.deleted.v1".equals(e.get("type")))
                        .map(e -> e.get("subject")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(2, events.stream().filter(e -> e.get("type").equals("nl.speelveld.conflict-override.deleted.v1"))
                .count());
    }
}
