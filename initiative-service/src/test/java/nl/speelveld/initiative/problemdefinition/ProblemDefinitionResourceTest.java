package nl.speelveld.initiative.problemdefinition;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.initiative.Fixtures;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class ProblemDefinitionResourceTest {

    static String definitions(String initiativeId) {
        return "/v1/initiatives/" + initiativeId + "/problem-definitions";
    }

    static String body(String... issueIds) {
        return "{\"statement\": {\"nl\": \"Leden wekken samen duurzame energie op.\"}, \"framedBy\": \"CITIZENS\","
                + " \"issueIdsInScope\": [" + String.join(", ", List.of(issueIds).stream().map(i -> "\"" + i + "\"")
                .toList()) + "], \"rationale\": {\"nl\": \"Wat de leden zelf kunnen waarmaken.\"}}";
    }

    static List<String> issues(String initiative, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(issue(GM0344, initiative, "Kwestie " + i));
        }
        return ids;
    }

    @Test
    void shouldRecordTheFirstDefinitionWithSequenceOneAndItsScopeType() {
        String initiative = initiative(GM0344);
        List<String> issues = issues(initiative, 3);
        String location = json(GM0344, body(issues.get(0), issues.get(1))).when().post(definitions(initiative))
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("sequence", equalTo(1))
                .body("supersedes", nullValue())
                .body("scopeType", equalTo("LIMITED"))
                .body("framedBy", equalTo("CITIZENS"))
                .body("issueIdsInScope", contains(issues.get(0), issues.get(1)))
                .body("rationale.nl", containsString("waarmaken"))
                .extract().header("Location");
        as(GM0344).when().get(location).then().statusCode(200)
                .body("statement.nl", equalTo("Leden wekken samen duurzame energie op."));
        as(GM0344).header("If-None-Match", "\"0\"").when().get(location).then().statusCode(304);
    }

    @Test
    void shouldDeriveTheScopeTypeFromTheNumberOfIssuesInScope() {
        String initiative = initiative(GM0344);
        List<String> i = issues(initiative, 4);
        json(GM0344, body()).when().post(definitions(initiative)).then().statusCode(201)
                .body("scopeType", nullValue());
        json(GM0344, body(i.get(0))).when().post(definitions(initiative)).then().statusCode(201)
                .body("scopeType", equalTo("SINGLE_ISSUE"));
        json(GM0344, body(i.get(0), i.get(1), i.get(2))).when().post(definitions(initiative)).then().statusCode(201)
                .body("scopeType", equalTo("LIMITED"));
        json(GM0344, body(i.toArray(String[]::new))).when().post(definitions(initiative)).then().statusCode(201)
                .body("scopeType", equalTo("MULTI_ISSUE"))
                .body("sequence", equalTo(4));
    }

    @Test
    void shouldAnswer404ForTheCurrentDefinitionWhileThereIsNone() {
        String initiative = initiative(GM0344);
        as(GM0344).when().get(definitions(initiative) + "/current").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no problem definition yet"));
    }

    @Test
    void shouldMakeTheNewestDefinitionCurrentAndChainIt() {
        String initiative = initiative(GM0344);
        List<String> i = issues(initiative, 2);
        String first = json(GM0344, body(i.get(0))).when().post(definitions(initiative)).then().statusCode(201)
                .extract().path("id");
        String firstTag = as(GM0344).when().get(definitions(initiative) + "/current").then().statusCode(200)
                .body("id", equalTo(first)).extract().header("ETag");
        String second = json(GM0344, body(i.get(0), i.get(1))).when().post(definitions(initiative)).then()
                .statusCode(201)
                .body("sequence", equalTo(2))
                .body("supersedes", equalTo(first))
                .extract().path("id");
        as(GM0344).header("If-None-Match", firstTag).when().get(definitions(initiative) + "/current")
                .then().statusCode(200)
                .header("ETag", not(equalTo(firstTag)))
                .body("id", equalTo(second))
                .body("sequence", equalTo(2));
        String secondTag = as(GM0344).when().get(definitions(initiative) + "/current").then().extract().header("ETag");
        as(GM0344).header("If-None-Match", secondTag).when().get(definitions(initiative) + "/current")
                .then().statusCode(304);
        as(GM0344).when().get(definitions(initiative)).then().statusCode(200)
                .body("items.sequence", contains(1, 2))
                .body("next", nullValue());
    }

    @Test
    void shouldSwitchInScopeOfTheIssuesWhenANewDefinitionIsPosted() {
        String initiative = initiative(GM0344);
        List<String> i = issues(initiative, 3);
        String issuesPath = "/v1/initiatives/" + initiative + "/issues";
        as(GM0344).when().get(issuesPath).then().body("items.inScope", contains(false, false, false));

        json(GM0344, body(i.get(0), i.get(1))).when().post(definitions(initiative)).then().statusCode(201);
        as(GM0344).when().get(issuesPath).then().body("items.inScope", contains(true, true, false));
        String tagBefore = as(GM0344).when().get(issuesPath + "/" + i.get(1)).then().extract().header("ETag");
        String unchangedTag = as(GM0344).when().get(issuesPath + "/" + i.get(0)).then().extract().header("ETag");

        json(GM0344, body(i.get(0), i.get(2))).when().post(definitions(initiative)).then().statusCode(201);
        as(GM0344).when().get(issuesPath).then().body("items.inScope", contains(true, false, true));
        as(GM0344).header("If-None-Match", tagBefore).when().get(issuesPath + "/" + i.get(1))
                .then().statusCode(200)
                .header("ETag", not(equalTo(tagBefore)))
                .body("inScope", equalTo(false));
        as(GM0344).header("If-None-Match", unchangedTag).when().get(issuesPath + "/" + i.get(0))
                .then().statusCode(304);
    }

    @Test
    void shouldRefuseAnUnknownIssueIdAndNameItsPosition() {
        String initiative = initiative(GM0344);
        List<String> i = issues(initiative, 1);
        json(GM0344, body(i.get(0), UUID.randomUUID().toString())).when().post(definitions(initiative))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("issueIdsInScope[1]"))
                .body("errors[0].code", equalTo("unknown-issue"));
        as(GM0344).when().get(definitions(initiative)).then().body("items", hasSize(0));
    }

    @Test
    void shouldRefuseAnIssueOfAnotherInitiativeOrMunicipalityAndARepeatedIssue() {
        String initiative = initiative(GM0344);
        String own = issues(initiative, 1).get(0);
        String otherInitiative = initiative(GM0344);
        String foreign = issue(GM0344, otherInitiative, "Elders");
        String otherMunicipality = initiative(GM0363);
        String strangers = Fixtures.issue(GM0363, otherMunicipality, "Amsterdam");
        json(GM0344, body(own, foreign, strangers, own)).when().post(definitions(initiative))
                .then().statusCode(400)
                .body("errors.field", contains("issueIdsInScope[1]", "issueIdsInScope[2]", "issueIdsInScope[3]"))
                .body("errors.code", contains("unknown-issue", "unknown-issue", "duplicate"));
    }

    @Test
    void shouldListEveryInvalidFieldOfADefinitionAtOnce() {
        String initiative = initiative(GM0344);
        json(GM0344, "{\"issueIdsInScope\": [null], \"rationale\": {\"nl\": \"\"}}").when()
                .post(definitions(initiative))
                .then().statusCode(400)
                .body("errors.field", hasItems("statement", "issueIdsInScope[0]", "rationale.nl"));
        json(GM0344, "{\"statement\": {\"nl\": \"x\"}, \"framedBy\": \"MEDIA\"}").when().post(definitions(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("framedBy"));
        json(GM0344, "{\"statement\": {\"nl\": \"x\"}, \"sequence\": 7}").when().post(definitions(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("sequence"));
    }

    @Test
    void shouldAnswer404ForAnotherMunicipalitysDefinitions() {
        String initiative = initiative(GM0344);
        String location = json(GM0344, body()).when().post(definitions(initiative)).then().statusCode(201)
                .extract().header("Location");
        as(GM0363).when().get(location).then().statusCode(404);
        as(GM0363).when().get(definitions(initiative)).then().statusCode(404);
        as(GM0363).when().get(definitions(initiative) + "/current").then().statusCode(404);
        json(GM0363, body()).when().post(definitions(initiative)).then().statusCode(404);
    }

    @Test
    void shouldRefuseToChangeOrRemoveAVersion() {
        String initiative = initiative(GM0344);
        String location = json(GM0344, body()).when().post(definitions(initiative)).then().statusCode(201)
                .extract().header("Location");
        as(GM0344).when().delete(location).then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"));
    }

    @Test
    void shouldPageThroughVersionsInSequenceOrder() {
        String initiative = initiative(GM0344);
        List<String> created = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            created.add(json(GM0344, body()).when().post(definitions(initiative)).then().statusCode(201)
                    .extract().path("id"));
        }
        assertEquals(created, collect(GM0344, definitions(initiative), 2));
    }

    @Test
    void shouldReplayAnIdempotentDefinitionWithoutANewVersion() {
        String initiative = initiative(GM0344);
        String key = UUID.randomUUID().toString();
        String first = json(GM0344, body()).header("Idempotency-Key", key).when().post(definitions(initiative))
                .then().statusCode(201).extract().path("id");
        json(GM0344, body()).header("Idempotency-Key", key).when().post(definitions(initiative))
                .then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(first))
                .body("sequence", equalTo(1));
        as(GM0344).when().get(definitions(initiative) + "/current").then().body("id", equalTo(first));
    }

    @Test
    void shouldAnswerTheProblemDefinitionOperationsAsPublished() {
        String base = "/v1/initiatives/" + publishedInitiative() + "/problem-definitions";
        published().when().get(base + "/current").then().statusCode(404);
        String issue = published("{\"label\": {\"nl\": \"Maaien en snoeien\"}}")
                .when().post(base.replace("problem-definitions", "issues")).then().statusCode(201).extract().path("id");
        String body = "{\"statement\": {\"nl\": \"Bewoners onderhouden het park.\"}, \"framedBy\": \"JOINT\","
                + " \"issueIdsInScope\": [\"" + issue + "\"]}";
        String first = published(body).when().post(base).then().statusCode(201).extract().path("id");
        published(body).when().post(base).then().statusCode(201);
        published(body.replace(issue, UUID.randomUUID().toString())).when().post(base).then().statusCode(400);
        published().queryParam("limit", 1).when().get(base).then().statusCode(200);
        published().when().get(base + "/current").then().statusCode(200);
        published().when().get(base + "/" + first).then().statusCode(200);
    }
}
