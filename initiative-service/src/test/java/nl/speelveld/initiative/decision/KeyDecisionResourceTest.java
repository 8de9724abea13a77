package nl.speelveld.initiative.decision;

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
import static nl.speelveld.initiative.Fixtures.as;
import static nl.speelveld.initiative.Fixtures.collect;
import static nl.speelveld.initiative.Fixtures.initiative;
import static nl.speelveld.initiative.Fixtures.issue;
import static nl.speelveld.initiative.Fixtures.json;
import static nl.speelveld.initiative.Fixtures.published;
import static nl.speelveld.initiative.Fixtures.publishedInitiative;
import static nl.speelveld.initiative.Fixtures.today;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class KeyDecisionResourceTest {

    static String decisions(String initiativeId) {
        return "/v1/initiatives/" + initiativeId + "/key-decisions";
    }

    static String decision(String subject, String decidedOn, String... issueIds) {
        return "{\"subject\": \"" + subject + "\", \"decidedOn\": \"" + decidedOn + "\", \"decidedBy\": \"JOINT\","
                + " \"issueIds\": [" + String.join(", ", List.of(issueIds).stream().map(i -> "\"" + i + "\"").toList())
                + "]}";
    }

    @Test
    void shouldRecordADecisionAboutIssuesOfTheInitiative() {
        String initiative = initiative(GM0344);
        String insulation = issue(GM0344, initiative, "Collectieve inkoop isolatie");
        String location = json(GM0344, decision("Isolatie-inkoopactie", "2026-01-10", insulation))
                .when().post(decisions(initiative))
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("subject", equalTo("Isolatie-inkoopactie"))
                .body("decidedOn", equalTo("2026-01-10"))
                .body("decidedBy", equalTo("JOINT"))
                .body("issueIds", contains(insulation))
                .extract().header("Location");
        as(GM0344).when().get(location).then().statusCode(200).body("initiativeId", equalTo(initiative));
        as(GM0344).header("If-None-Match", "\"0\"").when().get(location).then().statusCode(304);
    }

    @Test
    void shouldRefuseAnIssueThatIsNotOfThisInitiative() {
        String initiative = initiative(GM0344);
        String own = issue(GM0344, initiative, "Eigen");
        String elsewhere = issue(GM0344, initiative(GM0344), "Elders");
        json(GM0344, decision("Ledenwerving", "2025-09-01", own, elsewhere, UUID.randomUUID().toString()))
                .when().post(decisions(initiative))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("issueIds[1]", "issueIds[2]"));
        as(GM0344).when().get(decisions(initiative)).then().body("items", hasSize(0));
    }

    @Test
    void shouldListEveryInvalidFieldOfADecisionAtOnce() {
        String initiative = initiative(GM0344);
        json(GM0344, "{\"subject\": \" \", \"issueIds\": [null]}").when().post(decisions(initiative))
                .then().statusCode(400)
                .body("errors.field", contains("decidedBy", "decidedOn", "issueIds[0]", "subject"));
        json(GM0344, decision("x".repeat(501), "2026-01-10")).when().post(decisions(initiative))
                .then().statusCode(400)
                .body("errors.field", contains("subject"));
        json(GM0344, decision("x".repeat(500), "2026-01-10")).when().post(decisions(initiative))
                .then().statusCode(201);
        json(GM0344, decision("Contributie", "2026-03-01").replace("JOINT", "COUNCIL"))
                .when().post(decisions(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("decidedBy"));
    }

    @Test
    void shouldRefuseADecisionLaterThanTomorrow() {
        String initiative = initiative(GM0344);
        json(GM0344, decision("Morgen", today().plusDays(1).toString())).when().post(decisions(initiative))
                .then().statusCode(201);
        json(GM0344, decision("Overmorgen", today().plusDays(2).toString())).when().post(decisions(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("decidedOn"));
    }

    @Test
    void shouldAnswer405WithAllowToChangingOrRemovingADecision() {
        String initiative = initiative(GM0344);
        String location = json(GM0344, decision("Contributie", "2026-03-01")).when().post(decisions(initiative))
                .then().statusCode(201).extract().header("Location");
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            json(GM0344, "{\"subject\": \"Anders\"}").when().request(method, location).then().statusCode(405)
                    .contentType("application/problem+json")
                    .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                    .body("detail", containsString("Allowed: GET"));
        }
        as(GM0344).when().get(location).then().body("subject", equalTo("Contributie"));
    }

    @Test
    void shouldAnswer404ForAnotherMunicipalitysDecisions() {
        String initiative = initiative(GM0344);
        String location = json(GM0344, decision("Contributie", "2026-03-01")).when().post(decisions(initiative))
                .then().statusCode(201).extract().header("Location");
        as(GM0363).when().get(location).then().statusCode(404);
        as(GM0363).when().get(decisions(initiative)).then().statusCode(404);
        json(GM0363, decision("Contributie", "2026-03-01")).when().post(decisions(initiative)).then().statusCode(404);
    }

    @Test
    void shouldPageThroughDecisionsInTheOrderTheyWereRecorded() {
        String initiative = initiative(GM0344);
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(json(GM0344, decision("Besluit " + i, "2025-0" + i + "-01")).when()
                    .post(decisions(initiative)).then().statusCode(201).extract().path("id"));
        }
        assertEquals(created, collect(GM0344, decisions(initiative), 2));
        String next = as(GM0344).queryParam("limit", 2).when().get(decisions(initiative)).then().extract().path("next");
        as(GM0363).queryParam("cursor", next).when().get(decisions(initiative(GM0363))).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldAnswerTheKeyDecisionOperationsAsPublished() {
        String base = "/v1/initiatives/" + publishedInitiative() + "/key-decisions";
        String id = published("{\"subject\": \"Maaischema voorjaar\", \"decidedOn\": \"2025-03-01\","
                + " \"decidedBy\": \"CITIZENS\"}").when().post(base).then().statusCode(201).extract().path("id");
        published(Examples.KEY_DECISION_REQUEST).when().post(base).then().statusCode(400);
        published().when().get(base).then().statusCode(200);
        published().when().get(base + "/" + id).then().statusCode(200);
    }
}
