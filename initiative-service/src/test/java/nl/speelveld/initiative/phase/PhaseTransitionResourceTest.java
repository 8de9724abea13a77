package nl.speelveld.initiative.phase;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.speelveld.initiative.Fixtures.GM0344;
import static nl.speelveld.initiative.Fixtures.GM0363;
import static nl.speelveld.initiative.Fixtures.as;
import static nl.speelveld.initiative.Fixtures.collect;
import static nl.speelveld.initiative.Fixtures.etag;
import static nl.speelveld.initiative.Fixtures.initiative;
import static nl.speelveld.initiative.Fixtures.json;
import static nl.speelveld.initiative.Fixtures.published;
import static nl.speelveld.initiative.Fixtures.publishedInitiative;
import static nl.speelveld.initiative.Fixtures.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class PhaseTransitionResourceTest {

    static String transitions(String initiativeId) {
        return "/v1/initiatives/" + initiativeId + "/phase-transitions";
    }

    static String move(String to) {
        return "{\"to\": \"" + to + "\", \"reason\": \"Het plan is rond.\"}";
    }

    @Test
    void shouldMoveTheInitiativeAndRecordWhereItCameFrom() {
        String initiative = initiative(GM0344, "DESIGN");
        String before = etag(GM0344, "/v1/initiatives/" + initiative);
        String location = json(GM0344, Examples.PHASE_TRANSITION_REQUEST).when().post(transitions(initiative))
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("from", equalTo("DESIGN"))
                .body("to", equalTo("IMPLEMENTATION"))
                .body("on", equalTo("2023-01-15"))
                .body("reason", containsString("dakenplan"))
                .extract().header("Location");
        as(GM0344).when().get("/v1/initiatives/" + initiative).then().statusCode(200)
                .header("ETag", not(equalTo(before)))
                .body("phase", equalTo("IMPLEMENTATION"));
        as(GM0344).header("If-None-Match", before).when().get("/v1/initiatives/" + initiative)
                .then().statusCode(200);
        as(GM0344).when().get(location).then().statusCode(200).body("from", equalTo("DESIGN"));
    }

    @Test
    void shouldDateATransitionWithoutOnToday() {
        String initiative = initiative(GM0344, "IDEA");
        json(GM0344, move("EXPLORATION")).when().post(transitions(initiative)).then().statusCode(201)
                .body("on", equalTo(today().toString()));
    }

    @Test
    void shouldAnswer409ForAMoveToTheCurrentPhase() {
        String initiative = initiative(GM0344, "IDEA");
        json(GM0344, move("IDEA")).when().post(transitions(initiative)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already in phase IDEA"));
        as(GM0344).when().get(transitions(initiative)).then().body("items", hasSize(0));
    }

    @Test
    void shouldListEveryInvalidFieldOfATransitionAtOnce() {
        String initiative = initiative(GM0344, "IDEA");
        json(GM0344, "{\"on\": \"" + today().plusDays(2) + "\", \"reason\": \"\"}").when().post(transitions(initiative))
                .then().statusCode(400)
                .body("errors.field", contains("on", "reason", "to"));
        json(GM0344, "{\"to\": \"DONE\", \"reason\": \"x\"}").when().post(transitions(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        json(GM0344, "{\"to\": \"DESIGN\", \"reason\": \"" + "x".repeat(2001) + "\"}").when()
                .post(transitions(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        json(GM0344, "{\"to\": \"DESIGN\", \"from\": \"IDEA\", \"reason\": \"x\"}").when()
                .post(transitions(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void shouldAnswer412ForAStaleIfMatchOfTheInitiative() {
        String initiative = initiative(GM0344, "IDEA");
        String current = etag(GM0344, "/v1/initiatives/" + initiative);
        json(GM0344, move("EXPLORATION")).header("If-Match", current).when().post(transitions(initiative))
                .then().statusCode(201);
        json(GM0344, move("DESIGN")).header("If-Match", current).when().post(transitions(initiative))
                .then().statusCode(412);
        as(GM0344).when().get("/v1/initiatives/" + initiative).then().body("phase", equalTo("EXPLORATION"));
    }

    @Test
    void shouldKeepTheWholePhaseHistoryInOrder() {
        String initiative = initiative(GM0344, "IDEA");
        List<String> phases = List.of("EXPLORATION", "DESIGN", "IMPLEMENTATION", "EVALUATION", "ENDED");
        for (String phase : phases) {
            json(GM0344, move(phase)).when().post(transitions(initiative)).then().statusCode(201);
        }
        assertEquals(5, collect(GM0344, transitions(initiative), 2).size());
        as(GM0344).when().get(transitions(initiative)).then().statusCode(200)
                .body("items.from", contains("IDEA", "EXPLORATION", "DESIGN", "IMPLEMENTATION", "EVALUATION"))
                .body("items.to", contains(phases.toArray()));
    }

    @Test
    void shouldAnswer404ForAnotherMunicipalitysInitiativeAndNotMoveIt() {
        String initiative = initiative(GM0344, "IDEA");
        json(GM0363, move("DESIGN")).when().post(transitions(initiative)).then().statusCode(404);
        as(GM0363).when().get(transitions(initiative)).then().statusCode(404);
        as(GM0344).when().get("/v1/initiatives/" + initiative).then().body("phase", equalTo("IDEA"));
    }

    @Test
    void shouldAnswer405ToChangingATransition() {
        String initiative = initiative(GM0344, "IDEA");
        String location = json(GM0344, move("DESIGN")).when().post(transitions(initiative)).then().statusCode(201)
                .extract().header("Location");
        as(GM0344).when().delete(location).then().statusCode(405).header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void shouldAnswerThePhaseTransitionOperationsAsPublished() {
        String base = "/v1/initiatives/" + publishedInitiative() + "/phase-transitions";
        String id = published(Examples.PHASE_TRANSITION_REQUEST).when().post(base).then().statusCode(201)
                .extract().path("id");
        published(Examples.PHASE_TRANSITION_REQUEST).when().post(base).then().statusCode(409);
        published().when().get(base).then().statusCode(200);
        published().when().get(base + "/" + id).then().statusCode(200);
    }
}
