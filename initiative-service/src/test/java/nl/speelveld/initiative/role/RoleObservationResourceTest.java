package nl.speelveld.initiative.role;

import nl.speelveld.initiative.StakeholderServiceStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.speelveld.initiative.Fixtures.GM0344;
import static nl.speelveld.initiative.Fixtures.GM0363;
import static nl.speelveld.initiative.Fixtures.READ_ONLY;
import static nl.speelveld.initiative.Fixtures.as;
import static nl.speelveld.initiative.Fixtures.collect;
import static nl.speelveld.initiative.Fixtures.initiative;
import static nl.speelveld.initiative.Fixtures.json;
import static nl.speelveld.initiative.Fixtures.published;
import static nl.speelveld.initiative.Fixtures.publishedAnswer;
import static nl.speelveld.initiative.Fixtures.publishedInitiative;
import static nl.speelveld.initiative.Fixtures.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class RoleObservationResourceTest {

    static String observations(String initiativeId) {
        return "/v1/initiatives/" + initiativeId + "/role-observations";
    }

    /** The stakeholder group the role observation examples name (holderGroupId). */
    static final UUID EXAMPLE_GROUP = UUID.fromString("c3e5a7b9-2d4f-4b6a-9e8c-0f1a2b3c4d5e");

    static String observation(String observedOn) {
        return "{\"kind\": \"EXPECTED\", \"holderSource\": \"POLITICS\", \"role\": \"DIRECT\","
                + " \"observedOn\": \"" + observedOn + "\", \"evidence\": \"MEETING\"}";
    }

    @Test
    void shouldRecordAnObservationAndReadItBack() {
        String initiative = initiative(GM0344);
        StakeholderServiceStub.group(EXAMPLE_GROUP, UUID.fromString(initiative));
        String location = json(GM0344, Examples.ROLE_OBSERVATION_REQUEST).when().post(observations(initiative))
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("municipalityCode", equalTo("GM0344"))
                .body("initiativeId", equalTo(initiative))
                .body("kind", equalTo("TAKEN"))
                .body("holderSource", equalTo("PUBLIC_ORGANISATION"))
                .body("holderGroupId", equalTo("c3e5a7b9-2d4f-4b6a-9e8c-0f1a2b3c4d5e"))
                .body("role", equalTo("FACILITATE"))
                .body("observedOn", equalTo("2026-09-01"))
                .body("evidence", equalTo("OBSERVATION"))
                .extract().header("Location");
        as(GM0344).when().get(location).then().statusCode(200)
                .body("note", containsString("subsidie"));
        as(GM0344).header("If-None-Match", "\"0\"").when().get(location).then().statusCode(304);
    }

    @Test
    void shouldAcceptAnObservationWithoutHolderGroupEvidenceOrNote() {
        String initiative = initiative(GM0344);
        json(GM0344, "{\"kind\": \"PERCEIVED\", \"holderSource\": \"BROADER_PUBLIC\", \"role\": \"REGULATE\","
                + " \"observedOn\": \"2026-06-01\"}").when().post(observations(initiative))
                .then().statusCode(201)
                .body("holderGroupId", nullValue())
                .body("evidence", nullValue());
    }

    @Test
    void shouldListEveryMissingRequiredFieldAtOnce() {
        String initiative = initiative(GM0344);
        json(GM0344, "{\"note\": \"" + "x".repeat(2001) + "\"}").when().post(observations(initiative))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("holderSource", "kind", "note", "observedOn", "role"));
    }

    @Test
    void shouldAcceptAnObservationOfTomorrowButNotOfTheDayAfter() {
        String initiative = initiative(GM0344);
        json(GM0344, observation(today().plusDays(1).toString())).when().post(observations(initiative))
                .then().statusCode(201);
        json(GM0344, observation(today().plusDays(2).toString())).when().post(observations(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("observedOn"));
        json(GM0344, observation("1899-12-31")).when().post(observations(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("observedOn"));
    }

    @Test
    void shouldNameTheFieldOfAnUnknownCode() {
        String initiative = initiative(GM0344);
        json(GM0344, observation("2026-06-01").replace("DIRECT", "STEER")).when().post(observations(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("role"))
                .body("errors[0].code", equalTo("unknown-code"));
        json(GM0344, observation("2026-06-01").replace("MEETING", "RUMOUR")).when().post(observations(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("evidence"));
        json(GM0344, observation("2026-06-01").replace("\"POLITICS\"", "\"POLITICS\", \"holderGroupId\": \"g1\""))
                .when().post(observations(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("holderGroupId"));
    }

    @Test
    void shouldAnswer405WithAllowToChangingOrRemovingAnObservation() {
        String initiative = initiative(GM0344);
        String location = json(GM0344, observation("2026-06-01")).when().post(observations(initiative))
                .then().statusCode(201).extract().header("Location");
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            json(GM0344, "{\"role\": \"LET_GO\"}").when().request(method, location).then().statusCode(405)
                    .contentType("application/problem+json")
                    .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                    .body("detail", containsString("Allowed: GET"));
        }
        as(GM0344).when().get(location).then().statusCode(200).body("role", equalTo("DIRECT"));
    }

    @Test
    void shouldAnswer404ForAnotherMunicipalitysObservations() {
        String initiative = initiative(GM0344);
        String location = json(GM0344, observation("2026-06-01")).when().post(observations(initiative))
                .then().statusCode(201).extract().header("Location");
        as(GM0363).when().get(location).then().statusCode(404);
        as(GM0363).when().get(observations(initiative)).then().statusCode(404);
        json(GM0363, observation("2026-06-01")).when().post(observations(initiative)).then().statusCode(404);
        String id = location.substring(location.lastIndexOf('/') + 1);
        as(GM0344).when().get(observations(initiative(GM0344)) + "/" + id)
                .then().statusCode(404);
    }

    @Test
    void shouldPageThroughObservationsInTheOrderTheyWereRecorded() {
        String initiative = initiative(GM0344);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(json(GM0344, observation("2026-06-0" + (i + 1))).when().post(observations(initiative))
                    .then().statusCode(201).extract().path("id"));
        }
        assertEquals(created, collect(GM0344, observations(initiative), 2));
        as(READ_ONLY).when().get(observations(initiative)).then().statusCode(200)
                .body("items.observedOn", contains("2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04",
                        "2026-06-05"));
    }

    @Test
    void shouldReplayAnIdempotentObservation() {
        String initiative = initiative(GM0344);
        String key = UUID.randomUUID().toString();
        String first = json(GM0344, observation("2026-06-01")).header("Idempotency-Key", key)
                .when().post(observations(initiative)).then().statusCode(201).extract().path("id");
        json(GM0344, observation("2026-06-01")).header("Idempotency-Key", key)
                .when().post(observations(initiative)).then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(first));
        json(GM0344, observation("2026-06-02")).header("Idempotency-Key", key)
                .when().post(observations(initiative)).then().statusCode(422);
    }

    @Test
    void shouldAnswerTheRoleObservationOperationsAsPublished() {
        String published = publishedInitiative();
        String base = "/v1/initiatives/" + published + "/role-observations";
        StakeholderServiceStub.group(EXAMPLE_GROUP, UUID.fromString(published));
        String id = published(Examples.ROLE_OBSERVATION_REQUEST).when().post(base).then().statusCode(201)
                .extract().path("id");
        published("{\"kind\": \"WANTED\", \"holderSource\": \"COPRODUCING_CITIZENS\", \"role\": \"FACILITATE\","
                + " \"observedOn\": \"2026-09-01\"}").when().post(base).then().statusCode(201);
        publishedAnswer("{\"kind\": \"WANTED\"}").when().post(base).then().statusCode(400);
        published().when().get(base).then().statusCode(200);
        published().when().get(base + "/" + id).then().statusCode(200);
        published().header("If-None-Match", "\"0\"").when().get(base + "/" + id).then().statusCode(304);
    }
}
