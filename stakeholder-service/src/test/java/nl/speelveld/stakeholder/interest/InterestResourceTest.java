package nl.speelveld.stakeholder.interest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.stakeholder.Fixtures;
import nl.speelveld.stakeholder.InitiativeServiceStub;
import nl.speelveld.stakeholder.shared.Examples;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static nl.speelveld.stakeholder.Fixtures.GM0363;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class InterestResourceTest {

    private static String body(UUID initiative, String group, UUID issue, String extra) {
        return "{\"initiativeId\": \"" + initiative + "\", \"groupId\": \"" + group + "\", \"issueId\": \"" + issue
                + "\", \"kind\": \"WISH\", \"stance\": \"OPPOSE\"" + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    @Test
    void shouldRecordAnInterestWithAnOpenResponse() {
        UUID initiative = Fixtures.initiative();
        UUID issue = UUID.randomUUID();
        String group = Fixtures.group(GM0344, initiative, "Hondenbezitters", "");
        String location = given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(body(initiative, group, issue, "\"evidence\": \"PETITION\", \"intensity\": \"HIGH\","
                        + " \"statement\": {\"nl\": \"Laat de honden los lopen\"}, \"recordedOn\": \"2026-11-01\""))
                .when().post("/v1/interests")
                .then().log().ifValidationFails().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("issueId", equalTo(issue.toString()))
                .body("stance", equalTo("OPPOSE"))
                .body("statement.nl", equalTo("Laat de honden los lopen"))
                .body("recordedOn", equalTo("2026-11-01"))
                .body("response.status", equalTo("OPEN"))
                .extract().header("Location");
        given().auth().oauth2(GM0344).when().get(location)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("evidence", equalTo("PETITION"));
        given().auth().oauth2(GM0363).when().get(location).then().statusCode(404);
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(body(initiative, group, issue, ""))
                .when().post("/v1/interests")
                .then().statusCode(201).body("recordedOn", equalTo(LocalDate.now(java.time.ZoneId.of(
                        "Europe/Amsterdam")).toString()));
    }

    @Test
    void shouldRefuseAGroupOfAnotherInitiativeAnUnknownIssueAndAFutureDateAtOnce() {
        UUID initiative = Fixtures.initiative();
        String otherGroup = Fixtures.group(GM0344, Fixtures.initiative(), "Elders", "");
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(body(initiative, otherGroup, InitiativeServiceStub.UNKNOWN_ISSUE,
                        "\"recordedOn\": \"" + LocalDate.now().plusDays(3) + "\""))
                .when().post("/v1/interests")
                .then().log().ifValidationFails().statusCode(400)
                .body("errors.field", contains("recordedOn", "issueId", "groupId"))
                .body("errors[1].message", containsString("is not an issue of initiative"));
        String foreignGroup = Fixtures.group(GM0363, initiative, "Andere gemeente", "");
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(body(initiative, foreignGroup, UUID.randomUUID(), ""))
                .when().post("/v1/interests")
                .then().statusCode(400).body("errors.field", contains("groupId"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(body(InitiativeServiceStub.UNKNOWN_INITIATIVE, foreignGroup, UUID.randomUUID(), ""))
                .when().post("/v1/interests")
                .then().statusCode(400).body("errors.field", contains("initiativeId", "groupId"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"kind\": \"WISH\", \"stance\": \"AGAINST\"}")
                .when().post("/v1/interests")
                .then().statusCode(400).body("errors[0].field", equalTo("stance"));
        given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString()).when().get("/v1/interests")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRecordTheResponseWithIfMatchAndAReasonUnlessOpenOrAdopted() {
        UUID initiative = Fixtures.initiative();
        String group = Fixtures.group(GM0344, initiative, "Ouders", "");
        String path = "/v1/interests/" + Fixtures.interest(GM0344, initiative, group, UUID.randomUUID(), "SUPPORT")
                + "/response";
        String referred = "{\"status\": \"REFERRED\", \"respondedOn\": \"2026-11-01\", \"respondedBy\":"
                + " \"GOVERNMENT\"}";
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(referred)
                .when().put(path).then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(referred)
                .when().put(path).then().statusCode(412);
        for (String status : List.of("PARTLY_ADOPTED", "NOT_ADOPTED", "OUT_OF_SCOPE", "REFERRED")) {
            given().auth().oauth2(GM0344).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"status\": \"" + status + "\", \"reason\": \"  \"}")
                    .when().put(path)
                    .then().log().ifValidationFails().statusCode(400)
                    .body("errors[0].field", equalTo("reason"))
                    .body("errors[0].code", equalTo("required"));
        }
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"status\": \"ADOPTED\", \"respondedOn\": \"2026-11-01\", \"respondedBy\": \"GOVERNMENT\"}")
                .when().put(path)
                .then().log().ifValidationFails().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("response.status", equalTo("ADOPTED"))
                .body("response.reason", nullValue())
                .body("response.respondedBy", equalTo("GOVERNMENT"))
                .body("stance", equalTo("SUPPORT"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Examples.RESPONSE_REQUEST)
                .when().put(path)
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("response.status", equalTo("REFERRED"))
                .body("response.reason", containsString("wijkprogramma"));
        given().auth().oauth2(GM0363).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Examples.RESPONSE_REQUEST)
                .when().put(path).then().statusCode(404);
    }

    @Test
    void shouldPatchAnInterestButNotItsResponseOrInitiative() {
        UUID initiative = Fixtures.initiative();
        String group = Fixtures.group(GM0344, initiative, "Omwonenden", "");
        String path = "/v1/interests/" + Fixtures.interest(GM0344, initiative, group, UUID.randomUUID(), "OPPOSE");
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8").body("{\"stance\": \"NEUTRAL\"}")
                .when().patch(path).then().statusCode(428);
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"response\": {\"status\": \"ADOPTED\"}}")
                .when().patch(path).then().statusCode(400).body("errors[0].field", equalTo("response"));
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"initiativeId\": \"" + Fixtures.initiative() + "\"}")
                .when().patch(path).then().statusCode(400).body("errors[0].field", equalTo("initiativeId"));
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"issueId\": \"" + InitiativeServiceStub.UNKNOWN_ISSUE + "\"}")
                .when().patch(path).then().statusCode(400).body("errors[0].field", equalTo("issueId"));
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"stance\": \"STRONGLY_OPPOSE\", \"intensity\": \"HIGH\"}")
                .when().patch(path)
                .then().log().ifValidationFails().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("stance", equalTo("STRONGLY_OPPOSE"))
                .body("kind", equalTo("INTEREST"))
                .body("response.status", equalTo("OPEN"));
    }

    @Test
    void shouldListInterestsByInitiativeGroupAndIssue() {
        UUID initiative = Fixtures.initiative();
        UUID issue = UUID.randomUUID();
        String a = Fixtures.group(GM0344, initiative, "A", "");
        String b = Fixtures.group(GM0344, initiative, "B", "");
        String first = Fixtures.interest(GM0344, initiative, a, issue, "SUPPORT");
        Fixtures.interest(GM0344, initiative, b, issue, "OPPOSE");
        Fixtures.interest(GM0344, initiative, a, UUID.randomUUID(), "NEUTRAL");
        given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString())
                .when().get("/v1/interests").then().statusCode(200).body("items", hasSize(3));
        given().auth().oauth2(GM0344).queryParam("groupId", a).queryParam("issueId", issue.toString())
                .when().get("/v1/interests").then().statusCode(200).body("items.id", contains(first));
        given().auth().oauth2(GM0363).queryParam("initiativeId", initiative.toString())
                .when().get("/v1/interests").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRecordConflictOverridesOnlyForTwoGroupsOnOneIssue() {
        UUID initiative = Fixtures.initiative();
        UUID issue = UUID.randomUUID();
        String a = Fixtures.group(GM0344, initiative, "A", "");
        String b = Fixtures.group(GM0344, initiative, "B", "");
        String x = Fixtures.interest(GM0344, initiative, a, issue, "SUPPORT");
        String y = Fixtures.interest(GM0344, initiative, b, issue, "SUPPORT");
        String sameGroup = Fixtures.interest(GM0344, initiative, a, issue, "SUPPORT");
        String otherIssue = Fixtures.interest(GM0344, initiative, b, UUID.randomUUID(), "OPPOSE");
        String foreign = Fixtures.interest(GM0363, initiative, Fixtures.group(GM0363, initiative, "C", ""), issue,
                "OPPOSE");
        String template = "{\"interestIdA\": \"%s\", \"interestIdB\": \"%s\", \"relation\": \"CONFLICT\","
                + " \"reason\": \"Beide steunen een andere plek\"}";
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(template.formatted(x, sameGroup))
                .when().post("/v1/conflict-overrides")
                .then().statusCode(400).body("errors[0].code", equalTo("same-group"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(template.formatted(x, otherIssue))
                .when().post("/v1/conflict-overrides")
                .then().statusCode(400).body("errors[0].code", equalTo("other-issue"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(template.formatted(foreign, y))
                .when().post("/v1/conflict-overrides")
                .then().statusCode(400).body("errors[0].field", equalTo("interestIdA"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"interestIdA\": \"" + x + "\", \"interestIdB\": \"" + y + "\", \"relation\": \"CONFLICT\"}")
                .when().post("/v1/conflict-overrides")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        String override = given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(template.formatted(x, y))
                .when().post("/v1/conflict-overrides")
                .then().log().ifValidationFails().statusCode(201)
                .body("initiativeId", equalTo(initiative.toString()))
                .body("issueId", equalTo(issue.toString()))
                .body("relation", equalTo("CONFLICT"))
                .extract().path("id");
        given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString())
                .when().get("/v1/conflict-overrides").then().statusCode(200).body("items.id", contains(override));
        given().auth().oauth2(GM0363).when().get("/v1/conflict-overrides/" + override).then().statusCode(404);
        // Deleting an interest takes the overrides that name it along.
        given().auth().oauth2(GM0344).when().delete("/v1/interests/" + y).then().statusCode(204);
        given().auth().oauth2(GM0344).when().get("/v1/conflict-overrides/" + override).then().statusCode(404);
    }

    /**
     * Case B (Buurtpark De Hoven, examples/cases/case-b-park.json): its groups and interests, loaded the
     * way the acceptance runner does. Latest stances: I2 core+, green+, dogs−, parents−; I3 parents+, core−, green
     * neutral; I4 dogs+, core−, neighbours−. Opposite signs give exactly the pairs below; I1 has none.
     */
    @Test
    void shouldShowTheConflictingPairsOfCaseB() {
        UUID initiative = Fixtures.initiative();
        Map<String, UUID> issues = new HashMap<>();
        for (String key : List.of("I1", "I2", "I3", "I4")) {
            issues.put(key, UUID.randomUUID());
        }
        Map<String, String> groups = new java.util.LinkedHashMap<>();
        groups.put("core", Fixtures.group(GM0344, initiative, "Kerngroep bewoners", "\"source\":"
                + " \"COPRODUCING_CITIZENS\","
                + " \"affected\": true, \"power\": true, \"legitimacy\": true, \"urgency\": true,"
                + " \"voice\": \"ACTIVE_COPRODUCER\", \"estimatedSize\": 12"));
        groups.put("parents", Fixtures.group(GM0344, initiative, "Ouders met jonge kinderen", "\"source\":"
                + " \"BROADER_PUBLIC\", \"affected\": true, \"power\": false, \"legitimacy\": true, \"urgency\": true,"
                + " \"voice\": \"ACTIVELY_INVOLVED\""));
        groups.put("dogs", Fixtures.group(GM0344, initiative, "Hondenbezitters", "\"source\": \"BROADER_PUBLIC\","
                + " \"affected\": true, \"power\": true, \"legitimacy\": true, \"urgency\": true,"
                + " \"voice\": \"ACTIVELY_INVOLVED\""));
        groups.put("youth", Fixtures.group(GM0344, initiative, "Jongeren", "\"source\": \"BROADER_PUBLIC\","
                + " \"affected\": true, \"power\": false, \"legitimacy\": true, \"urgency\": false,"
                + " \"voice\": \"NOT_INVOLVED\", \"hardToReach\": true"));
        groups.put("neighbours", Fixtures.group(GM0344, initiative, "Omwonenden", "\"source\": \"BROADER_PUBLIC\","
                + " \"affected\": true, \"power\": false, \"legitimacy\": true, \"urgency\": false,"
                + " \"voice\": \"SPOKEN_FOR\""));
        groups.put("green", Fixtures.group(GM0344, initiative, "Gemeente, groenbeheer", "\"source\":"
                + " \"PUBLIC_ORGANISATION\", \"affected\": false, \"power\": true, \"legitimacy\": true,"
                + " \"urgency\": false, \"voice\": \"ACTIVELY_INVOLVED\""));
        groups.put("police", Fixtures.group(GM0344, initiative, "Wijkagent", "\"source\": \"PUBLIC_ORGANISATION\","
                + " \"affected\": false, \"power\": true, \"legitimacy\": true, \"urgency\": false,"
                + " \"voice\": \"NOT_INVOLVED\""));
        String[][] interests = {
                {"core", "I1", "INTEREST", "SUPPORT", "MEETING"}, {"green", "I1", "INTEREST", "SUPPORT", "MEETING"},
                {"core", "I2", "IDEA", "STRONGLY_SUPPORT", "MEETING"}, {"green", "I2", "PREFERENCE", "SUPPORT",
                        "MEETING"},
                {"dogs", "I2", "WISH", "OPPOSE", "PETITION"}, {"parents", "I2", "WISH", "OPPOSE", "MEETING"},
                {"parents", "I3", "WISH", "SUPPORT", "MEETING"}, {"core", "I3", "PREFERENCE", "OPPOSE", "MEETING"},
                {"green", "I3", "INTEREST", "NEUTRAL", "MEETING"}, {"dogs", "I4", "WISH", "SUPPORT", "PETITION"},
                {"core", "I4", "PREFERENCE", "OPPOSE", "MEETING"},
                {"neighbours", "I4", "WISH", "OPPOSE", "WRITTEN_RESPONSE"}};
        String greenOnI1 = null;
        for (String[] it : interests) {
            String id = Fixtures.post(GM0344, "/v1/interests", "{\"initiativeId\": \"" + initiative + "\","
                    + " \"groupId\": \"" + groups.get(it[0]) + "\", \"issueId\": \"" + issues.get(it[1]) + "\","
                    + " \"kind\": \"" + it[2] + "\", \"stance\": \"" + it[3] + "\", \"evidence\": \"" + it[4] + "\","
                    + " \"statement\": {\"nl\": \"" + it[2].toLowerCase() + " van " + it[0] + " over " + it[1]
                    + "\"}, \"recordedOn\": \"2026-11-01\"}");
            if (it[0].equals("green") && it[1].equals("I1")) {
                greenOnI1 = id;
            }
        }
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"status\": \"ADOPTED\", \"respondedOn\": \"2026-11-01\", \"respondedBy\": \"GOVERNMENT\"}")
                .when().put("/v1/interests/" + greenOnI1 + "/response").then().statusCode(200);

        JsonPath matrix = given().auth().oauth2(GM0344).when().get("/v1/interest-matrices/" + initiative)
                .then().log().ifValidationFails().statusCode(200)
                .body("groups", hasSize(7))
                .body("issues", hasSize(4))
                .extract().jsonPath();
        Map<String, String> names = new HashMap<>();
        groups.forEach((key, id) -> names.put(id, key));
        Map<String, Set<String>> pairs = new HashMap<>();
        for (Map<String, Object> issue : matrix.<Map<String, Object>>getList("issues")) {
            String key = issues.entrySet().stream().filter(e -> e.getValue().toString().equals(issue.get("issueId")))
                    .findFirst().orElseThrow().getKey();
            Set<String> lines = new TreeSet<>();
            for (Object line : (List<?>) issue.get("conflicts")) {
                Map<?, ?> conflict = (Map<?, ?>) line;
                TreeSet<String> pair = new TreeSet<>(List.of(names.get(conflict.get("groupIdA")),
                        names.get(conflict.get("groupIdB"))));
                lines.add(String.join("-", pair));
            }
            pairs.put(key, lines);
        }
        assertEquals(Set.of(), pairs.get("I1"));
        assertEquals(Set.of("core-dogs", "core-parents", "dogs-green", "green-parents"), pairs.get("I2"));
        assertEquals(Set.of("core-parents"), pairs.get("I3"));
        assertEquals(Set.of("core-dogs", "dogs-neighbours"), pairs.get("I4"));
        given().auth().oauth2(GM0344).when().get("/v1/interest-matrices/" + initiative)
                .then().statusCode(200)
                .body("issues.find { it.issueId == '" + issues.get("I2") + "' }.pairs", equalTo(6))
                .body("issues.find { it.issueId == '" + issues.get("I3") + "' }.pairs", equalTo(1))
                .body("issues.find { it.issueId == '" + issues.get("I1") + "' }.stances.responseStatus",
                        hasItems("OPEN", "ADOPTED"));
        given().auth().oauth2(GM0363).when().get("/v1/interest-matrices/" + initiative)
                .then().statusCode(200).body("groups", hasSize(0)).body("issues", hasSize(0));
    }

    @Test
    void shouldCountOnlyTheLatestStanceAndApplyOverrides() {
        UUID initiative = Fixtures.initiative();
        UUID issue = UUID.randomUUID();
        String a = Fixtures.group(GM0344, initiative, "A", "");
        String b = Fixtures.group(GM0344, initiative, "B", "");
        String c = Fixtures.group(GM0344, initiative, "C", "");
        String aNow = Fixtures.post(GM0344, "/v1/interests", body(initiative, a, issue,
                "\"recordedOn\": \"2026-10-01\"").replace("OPPOSE", "SUPPORT"));
        // Recorded later but about an earlier date: it does not replace the stance of 2026-10-01.
        Fixtures.post(GM0344, "/v1/interests", body(initiative, a, issue, "\"recordedOn\": \"2026-09-01\""));
        String bNow = Fixtures.post(GM0344, "/v1/interests", body(initiative, b, issue,
                "\"recordedOn\": \"2026-10-01\""));
        Fixtures.post(GM0344, "/v1/interests", body(initiative, c, issue, "\"recordedOn\": \"2026-10-01\"")
                .replace("OPPOSE", "UNKNOWN"));
        given().auth().oauth2(GM0344).when().get("/v1/interest-matrices/" + initiative)
                .then().statusCode(200)
                .body("issues[0].stances.interestId", hasItems(aNow, bNow))
                .body("issues[0].stances", hasSize(3))
                .body("issues[0].pairs", equalTo(1))
                .body("issues[0].conflicts[0].interestIdA", equalTo(aNow))
                .body("issues[0].conflicts[0].overrideId", nullValue());
        Fixtures.post(GM0344, "/v1/conflict-overrides", "{\"interestIdA\": \"" + bNow + "\", \"interestIdB\": \""
                + aNow + "\", \"relation\": \"COMPATIBLE\", \"reason\": \"Beide kunnen samen\"}");
        given().auth().oauth2(GM0344).when().get("/v1/interest-matrices/" + initiative)
                .then().statusCode(200)
                .body("issues[0].conflicts", hasSize(0))
                .body("issues[0].overridesApplied", equalTo(1));
        String override = Fixtures.post(GM0344, "/v1/conflict-overrides", "{\"interestIdA\": \"" + aNow
                + "\", \"interestIdB\": \"" + bNow + "\", \"relation\": \"CONFLICT\", \"reason\": \"Toch niet\"}");
        given().auth().oauth2(GM0344).when().get("/v1/interest-matrices/" + initiative)
                .then().statusCode(200)
                .body("issues[0].conflicts", hasSize(1))
                .body("issues[0].conflicts[0].overrideId", equalTo(override));
    }
}
