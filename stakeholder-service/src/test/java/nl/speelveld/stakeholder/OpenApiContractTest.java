package nl.speelveld.stakeholder;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.speelveld.devtools.OpenApiContract;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads the stakeholder part of worked case A the way a portal (and the acceptance case runner) does, and reads
 * it back, validating every request and response against the OpenAPI document this service publishes. The checking is
 * {@link OpenApiContract} (shared by all services), which rewrites the published OpenAPI 3.1 into the 3.0 the
 * validator really checks; {@link #shouldRejectAnAnswerThatBreaksThePublishedSpec()} proves it can fail.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class OpenApiContractTest {

    /** The stakeholder part of examples/cases/case-a-energy.json. */
    static final String CASE_A = """
            {"groups": [
              {"key": "members", "name": "Leden en kerngroep coöperatie", "source": "COPRODUCING_CITIZENS", "affected": true, "power": true, "legitimacy": true, "urgency": true, "voice": "ACTIVE_COPRODUCER", "estimatedSize": 175},
              {"key": "owners", "name": "Eigenaar-bewoners die geen lid zijn", "source": "BROADER_PUBLIC", "affected": true, "power": false, "legitimacy": true, "urgency": false, "voice": "SPOKEN_FOR", "estimatedSize": 1159},
              {"key": "tenants", "name": "Huurders sociale huur", "source": "BROADER_PUBLIC", "affected": true, "power": false, "legitimacy": true, "urgency": true, "voice": "NOT_INVOLVED", "estimatedSize": 905, "hardToReach": true},
              {"key": "corporation", "name": "Woningcorporatie", "source": "PUBLIC_ORGANISATION", "affected": true, "power": true, "legitimacy": true, "urgency": false, "voice": "NOT_INVOLVED"},
              {"key": "grid", "name": "Netbeheerder", "source": "PUBLIC_ORGANISATION", "affected": true, "power": true, "legitimacy": true, "urgency": false, "voice": "ACTIVELY_INVOLVED"},
              {"key": "gemeente", "name": "Gemeente, afdeling duurzaamheid", "source": "PUBLIC_ORGANISATION", "affected": false, "power": true, "legitimacy": true, "urgency": false, "voice": "ACTIVELY_INVOLVED"},
              {"key": "council", "name": "Wethouder en gemeenteraad", "source": "POLITICS", "affected": false, "power": true, "legitimacy": true, "urgency": false, "voice": "ACTIVELY_INVOLVED"}],
             "interests": [
              {"group": "members", "issue": "I1", "kind": "INTEREST", "stance": "SUPPORT", "evidence": "MEETING"},
              {"group": "owners", "issue": "I1", "kind": "WISH", "stance": "SUPPORT", "evidence": "SURVEY"},
              {"group": "grid", "issue": "I1", "kind": "INTEREST", "stance": "NEUTRAL", "evidence": "MEETING"},
              {"group": "members", "issue": "I2", "kind": "WISH", "stance": "SUPPORT", "evidence": "MEETING"},
              {"group": "gemeente", "issue": "I2", "kind": "INTEREST", "stance": "SUPPORT", "evidence": "MEETING", "response": "ADOPTED"},
              {"group": "tenants", "issue": "I3", "kind": "INTEREST", "stance": "SUPPORT", "evidence": "ASSUMED"},
              {"group": "corporation", "issue": "I3", "kind": "INTEREST", "stance": "SUPPORT", "evidence": "WRITTEN_RESPONSE"},
              {"group": "members", "issue": "I3", "kind": "PREFERENCE", "stance": "NEUTRAL", "evidence": "MEETING"},
              {"group": "gemeente", "issue": "I3", "kind": "INTEREST", "stance": "SUPPORT", "evidence": "MEETING"},
              {"group": "corporation", "issue": "I4", "kind": "INTEREST", "stance": "OPPOSE", "evidence": "WRITTEN_RESPONSE"},
              {"group": "tenants", "issue": "I4", "kind": "WISH", "stance": "SUPPORT", "evidence": "ASSUMED"},
              {"group": "members", "issue": "I4", "kind": "IDEA", "stance": "SUPPORT", "evidence": "MEETING"},
              {"group": "owners", "issue": "I5", "kind": "INTEREST", "stance": "OPPOSE", "evidence": "SURVEY"},
              {"group": "members", "issue": "I5", "kind": "IDEA", "stance": "SUPPORT", "evidence": "MEETING"},
              {"group": "gemeente", "issue": "I5", "kind": "INTEREST", "stance": "STRONGLY_SUPPORT", "evidence": "MEETING"},
              {"group": "corporation", "issue": "I5", "kind": "INTEREST", "stance": "SUPPORT", "evidence": "WRITTEN_RESPONSE"}],
             "populationProfile": {"name": "Huishoudens Zonnewijk (CBS 2024)", "areaCodes": ["BU03440101"], "basis": "ALL_RESIDENTS", "source": "CBS_KWB", "sourceTable": "85984NED", "referenceYear": 2024, "shares": [{"dimension": "TENURE", "category": "OWNER", "value": 0.55}, {"dimension": "TENURE", "category": "SOCIAL_RENT", "value": 0.38}, {"dimension": "TENURE", "category": "PRIVATE_RENT", "value": 0.07}, {"dimension": "EDUCATION_LEVEL", "category": "LOW", "value": 0.32}, {"dimension": "EDUCATION_LEVEL", "category": "MIDDLE", "value": 0.38}, {"dimension": "EDUCATION_LEVEL", "category": "HIGH", "value": 0.3}]},
             "participantProfile": {"scope": "MEMBERS", "measuredOn": "2026-09-01", "n": 175, "method": "REGISTRATION", "counts": [{"dimension": "TENURE", "category": "OWNER", "count": 161}, {"dimension": "TENURE", "category": "SOCIAL_RENT", "count": 7}, {"dimension": "TENURE", "category": "PRIVATE_RENT", "count": 7}, {"dimension": "EDUCATION_LEVEL", "category": "LOW", "count": 14}, {"dimension": "EDUCATION_LEVEL", "category": "MIDDLE", "count": 42}, {"dimension": "EDUCATION_LEVEL", "category": "HIGH", "count": 119}]},
             "coreGroupSnapshots": [{"takenOn": "2024-12-01", "coreSize": 8, "coreJoinedLast24Months": 2, "membersTotal": 140}, {"takenOn": "2026-10-01", "coreSize": 9, "coreJoinedLast24Months": 3, "membersTotal": 175}],
             "consultation": {"heldOn": "2026-06-01", "method": "GENERAL_MEETING", "constituencySize": 175, "respondents": 66, "issueStances": [{"issue": "I1", "majorityStance": "SUPPORT"}, {"issue": "I2", "majorityStance": "SUPPORT"}]}}""";

    private final ObjectMapper json = new ObjectMapper();

    /**
     * The token goes in as a plain header: RestAssured adds {@code auth().oauth2()} after the filters have run, so the
     * validator would not see it and report the bearer requirement as unmet.
     */
    private static RequestSpecification api(Filter filter) {
        return given().filter(filter).header("Authorization", "Bearer " + GM0344).accept(ContentType.JSON);
    }

    private static RequestSpecification api() {
        return api(OpenApiContract.filter());
    }

    private String create(String path, JsonNode body) {
        return api().contentType(ContentType.JSON).body(body.toString())
                .when().post(path)
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    @Test
    void shouldRejectAnAnswerThatBreaksThePublishedSpec() throws Exception {
        // Guards the guard: fed the published OpenAPI 3.1 as is, the validator accepted anything.
        String path = "/v1/stakeholder-groups/" + Fixtures.group(GM0344, Fixtures.initiative(), "Huurders", "");
        String body = api().when().get(path).then().statusCode(200).extract().asString();
        ValidationReport real = OpenApiContract.check(Request.Method.GET, path, 200, "application/json", body);
        assertFalse(real.hasErrors(), real.getMessages().toString());
        ObjectNode wrong = (ObjectNode) json.readTree(body);
        wrong.put("version", "five").put("affected", "yes");
        var messages = OpenApiContract.assertRejects(Request.Method.GET, path, 200, wrong.toString());
        assertTrue(messages.toString().contains("/version") && messages.toString().contains("/affected"),
                messages.toString());
        OpenApiContract.assertRejects(Request.Method.GET, "/v1/stakeholder-groups/" + UUID.randomUUID(), 404,
                "application/problem+json", "{\"title\": \"Not Found\", \"status\": \"404\"}");
    }

    @Test
    void shouldLoadAndReadCaseAAsThePublishedContractSays() throws Exception {
        JsonNode data = json.readTree(CASE_A);
        UUID initiative = Fixtures.initiative();
        Map<String, UUID> issues = new HashMap<>();
        for (String key : new String[] {"I1", "I2", "I3", "I4", "I5"}) {
            issues.put(key, UUID.randomUUID());
        }
        Map<String, String> groups = new HashMap<>();
        for (JsonNode g : data.get("groups")) {
            ObjectNode body = ((ObjectNode) g.deepCopy());
            body.remove("key");
            body.put("initiativeId", initiative.toString());
            groups.put(g.get("key").asText(), create("/v1/stakeholder-groups", body));
        }
        for (JsonNode it : data.get("interests")) {
            ObjectNode body = json.createObjectNode().put("initiativeId", initiative.toString())
                    .put("groupId", groups.get(it.get("group").asText()))
                    .put("issueId", issues.get(it.get("issue").asText()).toString())
                    .put("kind", it.get("kind").asText()).put("stance", it.get("stance").asText())
                    .put("evidence", it.get("evidence").asText()).put("recordedOn", "2026-11-01");
            body.putObject("statement").put("nl", it.get("kind").asText().toLowerCase() + " van "
                    + it.get("group").asText());
            String id = create("/v1/interests", body);
            if (it.has("response")) {
                api().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body("{\"status\": \"" + it.get("response").asText()
                                + "\", \"respondedOn\": \"2026-11-01\", \"respondedBy\": \"GOVERNMENT\"}")
                        .when().put("/v1/interests/" + id + "/response")
                        .then().statusCode(200).header("ETag", equalTo("\"1\""));
            }
        }
        String population = create("/v1/population-profiles", data.get("populationProfile"));
        ObjectNode profile = data.get("participantProfile").deepCopy();
        profile.put("initiativeId", initiative.toString()).put("groupId", groups.get("members"))
                .put("referenceProfileId", population);
        create("/v1/participant-profiles", profile);
        for (JsonNode s : data.get("coreGroupSnapshots")) {
            ObjectNode snapshot = s.deepCopy();
            snapshot.put("initiativeId", initiative.toString()).put("groupId", groups.get("members"));
            create("/v1/core-group-snapshots", snapshot);
        }
        ObjectNode consultation = data.get("consultation").deepCopy();
        consultation.put("initiativeId", initiative.toString()).put("representativeGroupId", groups.get("members"));
        consultation.putArray("issueStances");
        for (JsonNode s : data.get("consultation").get("issueStances")) {
            consultation.withArray("issueStances").addObject()
                    .put("issueId", issues.get(s.get("issue").asText()).toString())
                    .put("majorityStance", s.get("majorityStance").asText());
        }
        create("/v1/constituency-consultations", consultation);
        create("/v1/representations", json.createObjectNode().put("representativeGroupId", groups.get("corporation"))
                .put("representedGroupId", groups.get("tenants")).put("basis", "ASSUMED"));

        String id = "?initiativeId=" + initiative;
        api().when().get("/v1/stakeholder-groups" + id + "&limit=100").then().statusCode(200).body("items", hasSize(7));
        api().when().get("/v1/interests" + id + "&limit=100").then().statusCode(200).body("items", hasSize(16));
        api().when().get("/v1/population-profiles/" + population).then().statusCode(200);
        api().when().get("/v1/population-profiles").then().statusCode(200);
        api().when().get("/v1/participant-profiles" + id).then().statusCode(200).body("items", hasSize(1));
        api().when().get("/v1/core-group-snapshots" + id).then().statusCode(200).body("items", hasSize(2));
        api().when().get("/v1/constituency-consultations" + id).then().statusCode(200).body("items", hasSize(1));
        api().when().get("/v1/representations" + id).then().statusCode(200).body("items", hasSize(1));
        api().when().get("/v1/conflict-overrides" + id).then().statusCode(200).body("items", hasSize(0));
        api().when().get("/v1/stakeholder-maps/" + initiative).then().statusCode(200)
                .body("sources[2].groups", hasSize(3));
        // Case A: no conflict on I1-I3; the corporation opposes roofs (I4) that members and tenants want, and the
        // owners oppose the heat transition (I5) that members, municipality and corporation support.
        api().when().get("/v1/interest-matrices/" + initiative).then().statusCode(200)
                .body("issues.conflicts.flatten()", hasSize(5));
        api().when().get("/v1/vocabularies").then().statusCode(200);
        api().when().get("/v1/vocabularies/ProfileDimension").then().statusCode(200);
    }

    @Test
    void shouldAnswerErrorsAsThePublishedContractSays() {
        String group = Fixtures.group(GM0344, Fixtures.initiative(), "Huurders", "");
        api(OpenApiContract.responses()).contentType(ContentType.JSON).body("{\"name\": \"\"}")
                .when().post("/v1/stakeholder-groups").then().statusCode(400);
        api().when().get("/v1/stakeholder-groups/" + UUID.randomUUID()).then().statusCode(404);
        api(OpenApiContract.responses()).contentType("application/merge-patch+json; charset=UTF-8").body("{\"voice\": \"SPOKEN_FOR\"}")
                .when().patch("/v1/stakeholder-groups/" + group).then().statusCode(428);
        api().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"9\"")
                .body("{\"voice\": \"SPOKEN_FOR\"}")
                .when().patch("/v1/stakeholder-groups/" + group).then().statusCode(412);
        api().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"voice\": \"SPOKEN_FOR\"}")
                .when().patch("/v1/stakeholder-groups/" + group).then().statusCode(200);
        api().header("If-None-Match", "\"1\"").when().get("/v1/stakeholder-groups/" + group).then().statusCode(304);
        api().when().get("/v1/interest-matrices/" + InitiativeServiceStub.UNKNOWN_INITIATIVE).then().statusCode(404);
        Fixtures.interest(GM0344, UUID.fromString(given().auth().oauth2(GM0344).when()
                .get("/v1/stakeholder-groups/" + group).then().extract().path("initiativeId")), group,
                UUID.randomUUID(), "SUPPORT");
        api(OpenApiContract.responses()).when().delete("/v1/stakeholder-groups/" + group).then().statusCode(409);
    }
}
