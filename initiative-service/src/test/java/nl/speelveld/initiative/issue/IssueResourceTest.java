package nl.speelveld.initiative.issue;

import nl.speelveld.initiative.StakeholderServiceStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.initiative.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.speelveld.initiative.Fixtures.GM0344;
import static nl.speelveld.initiative.Fixtures.GM0363;
import static nl.speelveld.initiative.Fixtures.READ_ONLY;
import static nl.speelveld.initiative.Fixtures.as;
import static nl.speelveld.initiative.Fixtures.collect;
import static nl.speelveld.initiative.Fixtures.initiative;
import static nl.speelveld.initiative.Fixtures.issue;
import static nl.speelveld.initiative.Fixtures.json;
import static nl.speelveld.initiative.Fixtures.published;
import static nl.speelveld.initiative.Fixtures.publishedAnswer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class IssueResourceTest {

    /** The stakeholder group the issue examples name (raisedByGroupIds). */
    static final UUID EXAMPLE_GROUP = UUID.fromString("b2d4f6a8-1c3e-4a5b-8d7f-9e0a1b2c3d4e");
    static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    static String issues(String initiativeId) {
        return "/v1/initiatives/" + initiativeId + "/issues";
    }

    @Test
    void shouldRecordAnIssueOutOfScopeAndReadItBack() {
        String initiative = initiative(GM0344);
        StakeholderServiceStub.group(EXAMPLE_GROUP, UUID.fromString(initiative));
        String location = json(GM0344, Examples.ISSUE_REQUEST).when().post(issues(initiative))
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString(issues(initiative) + "/"))
                .body("municipalityCode", equalTo("GM0344"))
                .body("initiativeId", equalTo(initiative))
                .body("label.nl", equalTo("Energiearmoede bij huurders"))
                .body("domain", equalTo("ENERGY"))
                .body("raisedByGroupIds", contains("b2d4f6a8-1c3e-4a5b-8d7f-9e0a1b2c3d4e"))
                .body("raisedOn", equalTo("2026-06-12"))
                .body("inScope", equalTo(false))
                .extract().header("Location");
        as(GM0344).when().get(location).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("scopeNote.nl", containsString("daken van haar leden"))
                .body("inScope", equalTo(false));
    }

    @Test
    void shouldAnswer304WhenTheClientHasTheCurrentVersion() {
        String initiative = initiative(GM0344);
        String path = issues(initiative) + "/" + issue(GM0344, initiative, "Parkeerdruk");
        as(GM0344).header("If-None-Match", "\"0\"").when().get(path).then().statusCode(304);
        as(GM0344).header("If-None-Match", "\"7\"").when().get(path).then().statusCode(200)
                .body("label.nl", equalTo("Parkeerdruk"));
    }

    @Test
    void shouldChangeAnIssueWithAMergePatchAndItsETag() {
        String initiative = initiative(GM0344);
        String path = issues(initiative) + "/" + issue(GM0344, initiative, "Parkeerdruk");
        as(GM0344).contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body("{\"description\": {\"nl\": \"Te weinig plekken\"}, \"domain\": \"MOBILITY\"}")
                .when().patch(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("label.nl", equalTo("Parkeerdruk"))
                .body("domain", equalTo("MOBILITY"));
        as(GM0344).contentType(MERGE_PATCH).header("If-Match", "\"1\"").body("{\"description\": null}")
                .when().patch(path).then().statusCode(200)
                .body("description", nullValue())
                .body("domain", equalTo("MOBILITY"));
    }

    @Test
    void shouldAnswer428ForAPatchWithoutIfMatch() {
        String initiative = initiative(GM0344);
        String path = issues(initiative) + "/" + issue(GM0344, initiative, "Parkeerdruk");
        as(GM0344).contentType(MERGE_PATCH).body("{\"domain\": \"MOBILITY\"}")
                .when().patch(path).then().statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswer412ForAPatchWithAStaleETag() {
        String initiative = initiative(GM0344);
        String path = issues(initiative) + "/" + issue(GM0344, initiative, "Parkeerdruk");
        as(GM0344).contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"domain\": \"MOBILITY\"}")
                .when().patch(path).then().statusCode(200);
        as(GM0344).contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"domain\": \"HOUSING\"}")
                .when().patch(path).then().statusCode(412)
                .contentType("application/problem+json");
        as(GM0344).when().get(path).then().body("domain", equalTo("MOBILITY"));
    }

    @Test
    void shouldRefuseAPatchThatRemovesTheLabel() {
        String initiative = initiative(GM0344);
        String path = issues(initiative) + "/" + issue(GM0344, initiative, "Parkeerdruk");
        as(GM0344).contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"label\": null}")
                .when().patch(path).then().statusCode(400)
                .body("errors.field", contains("label"));
    }

    @Test
    void shouldRefuseTheDerivedInScopeInAPatchAndACreate() {
        String initiative = initiative(GM0344);
        String path = issues(initiative) + "/" + issue(GM0344, initiative, "Parkeerdruk");
        as(GM0344).contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"inScope\": true}")
                .when().patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("inScope"))
                .body("errors[0].code", equalTo("unknown-property"));
        json(GM0344, "{\"label\": {\"nl\": \"x\"}, \"inScope\": true}").when().post(issues(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("inScope"));
    }

    @Test
    void shouldListEveryInvalidFieldOfAnIssueAtOnce() {
        String initiative = initiative(GM0344);
        json(GM0344, "{\"description\": {\"nl\": \" \"}, \"raisedByGroupIds\": [null],"
                + " \"raisedOn\": \"" + Fixtures.today().plusDays(2) + "\", \"scopeNote\": {}}")
                .when().post(issues(initiative))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("label", "description.nl", "raisedByGroupIds[0]", "raisedOn",
                        "scopeNote"));
    }

    @Test
    void shouldRefuseALabelOfMoreThan200Characters() {
        String initiative = initiative(GM0344);
        json(GM0344, "{\"label\": {\"nl\": \"" + "x".repeat(201) + "\"}}").when().post(issues(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("label.nl"));
    }

    @Test
    void shouldNameTheFieldOfAnUnknownDomainOrAMalformedGroupId() {
        String initiative = initiative(GM0344);
        json(GM0344, "{\"label\": {\"nl\": \"x\"}, \"domain\": \"FOOTBALL\"}").when().post(issues(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("domain"))
                .body("errors[0].code", equalTo("unknown-code"));
        json(GM0344, "{\"label\": {\"nl\": \"x\"}, \"raisedByGroupIds\": [\"group-1\"]}")
                .when().post(issues(initiative))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("raisedByGroupIds[0]"));
    }

    @Test
    void shouldAcceptARaisedOnOfTomorrowButNotOfTheDayAfter() {
        String initiative = initiative(GM0344);
        json(GM0344, "{\"label\": {\"nl\": \"x\"}, \"raisedOn\": \"" + Fixtures.today().plusDays(1) + "\"}")
                .when().post(issues(initiative)).then().statusCode(201);
        json(GM0344, "{\"label\": {\"nl\": \"x\"}, \"raisedOn\": \"" + Fixtures.today().plusDays(2) + "\"}")
                .when().post(issues(initiative)).then().statusCode(400)
                .body("errors[0].field", equalTo("raisedOn"));
        json(GM0344, "{\"label\": {\"nl\": \"x\"}, \"raisedOn\": \"2026-13-01\"}")
                .when().post(issues(initiative)).then().statusCode(400)
                .body("errors[0].field", equalTo("raisedOn"));
    }

    @Test
    void shouldAnswer404ForAnotherMunicipalitysIssueOrInitiative() {
        String initiative = initiative(GM0344);
        String path = issues(initiative) + "/" + issue(GM0344, initiative, "Alleen Utrecht");
        as(GM0363).when().get(path).then().statusCode(404).contentType("application/problem+json");
        as(GM0363).contentType(MERGE_PATCH).header("If-Match", "\"0\"").body("{\"domain\": \"MOBILITY\"}")
                .when().patch(path).then().statusCode(404);
        as(GM0363).when().get(issues(initiative)).then().statusCode(404);
        json(GM0363, "{\"label\": {\"nl\": \"x\"}}").when().post(issues(initiative)).then().statusCode(404);
    }

    @Test
    void shouldAnswer404ForAnIssueOfAnotherInitiative() {
        String one = initiative(GM0344);
        String other = initiative(GM0344);
        String issue = issue(GM0344, one, "Parkeerdruk");
        as(GM0344).when().get(issues(other) + "/" + issue).then().statusCode(404);
    }

    @Test
    void shouldListOnlyTheIssuesOfThisInitiative() {
        String one = initiative(GM0344);
        String other = initiative(GM0344);
        String mine = issue(GM0344, one, "Eigen kwestie");
        issue(GM0344, other, "Andere kwestie");
        as(GM0344).when().get(issues(one)).then().statusCode(200)
                .body("items.id", contains(mine))
                .body("next", nullValue());
    }

    @Test
    void shouldReplayAnIdempotentCreate() {
        String initiative = initiative(GM0344);
        String key = UUID.randomUUID().toString();
        String first = json(GM0344, "{\"label\": {\"nl\": \"Speelplek\"}}").header("Idempotency-Key", key)
                .when().post(issues(initiative)).then().statusCode(201).extract().path("id");
        json(GM0344, "{\"label\": {\"nl\": \"Speelplek\"}}").header("Idempotency-Key", key)
                .when().post(issues(initiative)).then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", endsWith(first))
                .body("id", equalTo(first));
        as(GM0344).when().get(issues(initiative)).then().body("items", hasSize(1));
    }

    @Test
    void shouldAnswer422ForAnIdempotencyKeyWithAnotherBody() {
        String initiative = initiative(GM0344);
        String key = UUID.randomUUID().toString();
        json(GM0344, "{\"label\": {\"nl\": \"Speelplek\"}}").header("Idempotency-Key", key)
                .when().post(issues(initiative)).then().statusCode(201);
        json(GM0344, "{\"label\": {\"nl\": \"Hondenuitlaatzone\"}}").header("Idempotency-Key", key)
                .when().post(issues(initiative)).then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void shouldPageThroughIssuesInAStableOrder() {
        String initiative = initiative(GM0344);
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(issue(GM0344, initiative, "Kwestie " + i));
        }
        List<String> paged = collect(GM0344, issues(initiative), 2);
        assertEquals(created, paged);
        assertEquals(5, new HashSet<>(paged).size());
        assertEquals(paged, collect(GM0344, issues(initiative), 2));
    }

    @Test
    void shouldRefuseATamperedCursorOrOneOfAnotherInitiative() {
        String one = initiative(GM0344);
        String other = initiative(GM0344);
        for (int i = 0; i < 3; i++) {
            issue(GM0344, one, "Kwestie " + i);
            issue(GM0344, other, "Kwestie " + i);
        }
        String next = as(GM0344).queryParam("limit", 1).when().get(issues(one)).then().statusCode(200)
                .body("next", not(nullValue())).extract().path("next");
        String tampered = (next.charAt(0) == 'A' ? "B" : "A") + next.substring(1);
        as(GM0344).queryParam("cursor", tampered).when().get(issues(one)).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(GM0344).queryParam("cursor", next).when().get(issues(other)).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldRefuseALimitOutsideOneToAHundred() {
        String initiative = initiative(GM0344);
        for (String limit : List.of("0", "101", "ten")) {
            as(GM0344).queryParam("limit", limit).when().get(issues(initiative)).then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void shouldNeedTheWriteScopeToRecordAndATokenToRead() {
        String initiative = initiative(GM0344);
        json(READ_ONLY, "{\"label\": {\"nl\": \"x\"}}").when().post(issues(initiative)).then().statusCode(403);
        given().when().get(issues(initiative)).then().statusCode(401);
        as(READ_ONLY).when().get(issues(initiative)).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldAnswer404ForAnIssueIdThatIsNotAUuid() {
        String initiative = initiative(GM0344);
        as(GM0344).when().get(issues(initiative) + "/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        as(GM0344).when().get(issues(initiative) + "/" + UUID.randomUUID()).then().statusCode(404)
                .body("detail", containsString("issue"));
    }

    @Test
    void shouldAnswerTheIssueOperationsAsPublished() {
        String initiative = published("{\"title\": {\"nl\": \"Buurtpark De Hoven\"}, \"type\": \"CITIZEN_INITIATIVE\"}")
                .when().post("/v1/initiatives").then().statusCode(201).extract().path("id");
        String base = "/v1/initiatives/" + initiative + "/issues";
        StakeholderServiceStub.group(EXAMPLE_GROUP, UUID.fromString(initiative));
        String issue = published(Examples.ISSUE_REQUEST).when().post(base).then().statusCode(201).extract().path("id");
        published().when().get(base).then().statusCode(200);
        published().when().get(base + "/" + issue).then().statusCode(200);
        published().header("If-None-Match", "\"0\"").when().get(base + "/" + issue).then().statusCode(304);
        published().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"").body(Examples.ISSUE_PATCH)
                .when().patch(base + "/" + issue).then().statusCode(200);
        published().contentType("application/merge-patch+json; charset=UTF-8").body(Examples.ISSUE_PATCH)
                .when().patch(base + "/" + issue).then().statusCode(428);
        published().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"").body(Examples.ISSUE_PATCH)
                .when().patch(base + "/" + issue).then().statusCode(412);
        publishedAnswer("{\"label\": {\"nl\": \"\"}}").when().post(base).then().statusCode(400);
    }
}
