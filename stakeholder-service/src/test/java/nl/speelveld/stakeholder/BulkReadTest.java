package nl.speelveld.stakeholder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.speelveld.devtools.OpenApiContract;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static nl.speelveld.stakeholder.Fixtures.GM0363;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bulk reads {@code /v1/bulk/stakeholder-groups} and {@code /v1/bulk/interests} (what assessment-service reads
 * an initiative's groups and interests with): every record of the initiative once, in the list's order, page by
 * page; only the caller's municipality; the read scope; every request and answer checked against the published
 * OpenAPI document; a bad {@code limit} or a missing {@code initiativeId} is a 400 naming it.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class BulkReadTest {

    private static RequestSpecification api(String token) {
        return given().filter(OpenApiContract.filter()).header("Authorization", "Bearer " + token);
    }

    /** Every item id of a bulk read, following {@code next} with pages of {@code limit}. */
    private static List<String> readAll(String token, String path, UUID initiative, int limit, int expectedPages) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = api(token).queryParam("initiativeId", initiative.toString())
                    .queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(path).then().log().ifValidationFails().statusCode(200)
                    .extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 100);
        assertEquals(expectedPages, pages, path + " in pages of " + limit);
        return ids;
    }

    /** The same ids through the public paged list (pages of at most 100). */
    private static List<String> listed(String path, UUID initiative) {
        return given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString()).queryParam("limit", 100)
                .when().get(path).then().statusCode(200).body("next", nullValue()).extract().jsonPath()
                .getList("items.id");
    }

    @Test
    void shouldReadEveryGroupAndInterestOfTheInitiativeOnceInTheListsOrder() {
        UUID initiative = Fixtures.initiative();
        UUID other = Fixtures.initiative();
        UUID issue = UUID.randomUUID();
        List<String> groups = new ArrayList<>();
        List<String> interests = new ArrayList<>();
        for (int g = 0; g < 7; g++) {
            String group = Fixtures.group(GM0344, initiative, "Groep " + g, "");
            groups.add(group);
            interests.add(Fixtures.interest(GM0344, initiative, group, issue, g % 2 == 0 ? "SUPPORT" : "OPPOSE"));
            interests.add(Fixtures.interest(GM0344, initiative, group, UUID.randomUUID(), "NEUTRAL"));
        }
        // records of another initiative and of another municipality's same initiative id stay out
        Fixtures.interest(GM0344, other, Fixtures.group(GM0344, other, "Elders", ""), issue, "SUPPORT");
        Fixtures.interest(GM0363, initiative, Fixtures.group(GM0363, initiative, "Andere gemeente", ""), issue,
                "SUPPORT");

        assertEquals(groups, readAll(GM0344, "/v1/bulk/stakeholder-groups", initiative, 3, 3));
        assertEquals(groups, readAll(GM0344, "/v1/bulk/stakeholder-groups", initiative, 1000, 1));
        assertEquals(interests, readAll(GM0344, "/v1/bulk/interests", initiative, 4, 4));
        assertEquals(interests, readAll(Fixtures.READ_ONLY, "/v1/bulk/interests", initiative, 500, 1));
        // the same records, in the same order, as the public paged lists
        assertEquals(listed("/v1/stakeholder-groups", initiative), groups);
        assertEquals(listed("/v1/interests", initiative), interests);
        // the other municipality sees only its own one group and interest of that initiative id
        api(GM0363).queryParam("initiativeId", initiative.toString()).when().get("/v1/bulk/stakeholder-groups")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].name", equalTo("Andere gemeente"));
        api(GM0363).queryParam("initiativeId", initiative.toString()).when().get("/v1/bulk/interests")
                .then().statusCode(200).body("items", hasSize(1));
    }

    /** Every item id of one part of the bulk read of interests, following {@code next} with pages of 2. */
    private static List<String> readPart(UUID initiative, int part, int parts) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = api(GM0344).queryParam("initiativeId", initiative.toString())
                    .queryParam("limit", 2).queryParam("part", part).queryParam("parts", parts);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/v1/bulk/interests").then().log().ifValidationFails()
                    .statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null && ids.size() < 1000);
        return ids;
    }

    @Test
    void shouldSplitTheBulkReadOfInterestsIntoDisjointPartsThatTogetherHoldEveryInterestInOrder() {
        UUID initiative = Fixtures.initiative();
        UUID issue = UUID.randomUUID();
        List<String> interests = new ArrayList<>();
        for (int g = 0; g < 6; g++) {
            String group = Fixtures.group(GM0344, initiative, "Groep " + g, "");
            for (int j = 0; j < 4; j++) {
                interests.add(Fixtures.interest(GM0344, initiative, group, issue, j % 2 == 0 ? "SUPPORT" : "OPPOSE"));
            }
        }
        Fixtures.interest(GM0363, initiative, Fixtures.group(GM0363, initiative, "Andere gemeente", ""), issue,
                "SUPPORT");
        for (int parts : List.of(1, 2, 3, 16)) {
            List<String> together = new ArrayList<>();
            for (int part = 0; part < parts; part++) {
                List<String> ids = readPart(initiative, part, parts);
                for (String id : ids) {
                    int digit = Character.digit(id.charAt(id.length() - 1), 16);
                    assertEquals(part, digit % parts, id + " in part " + part + " of " + parts);
                }
                // each part in the list's order: the interests were created one after the other
                assertEquals(interests.stream().filter(ids::contains).toList(), ids, "part " + part + " of " + parts);
                together.addAll(ids);
            }
            assertEquals(interests.size(), together.size(), "every interest once in " + parts + " parts");
            assertEquals(new java.util.HashSet<>(interests), new java.util.HashSet<>(together));
        }
        // a cursor belongs to its part
        String next = api(GM0344).queryParam("initiativeId", initiative.toString()).queryParam("limit", 1)
                .queryParam("part", 0).queryParam("parts", 2).when().get("/v1/bulk/interests").then()
                .statusCode(200).extract().path("next");
        api(GM0344).queryParam("initiativeId", initiative.toString()).queryParam("part", 1).queryParam("parts", 2)
                .queryParam("cursor", next).when().get("/v1/bulk/interests").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        for (String[] bad : List.of(new String[] {"2", "2", "part"}, new String[] {"-1", "2", "part"},
                new String[] {"0", "0", "parts"}, new String[] {"0", "17", "parts"}, new String[] {"a", "2", "part"},
                new String[] {"0", "1.5", "parts"})) {
            given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString()).queryParam("part", bad[0])
                    .queryParam("parts", bad[1]).when().get("/v1/bulk/interests").then().log().ifValidationFails()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(bad[2]));
        }
    }

    @Test
    void shouldRefuseACursorOfAnotherMunicipalityOrOfThePublicList() {
        UUID initiative = Fixtures.initiative();
        for (int g = 0; g < 3; g++) {
            Fixtures.group(GM0344, initiative, "Groep " + g, "");
        }
        String next = api(GM0344).queryParam("initiativeId", initiative.toString()).queryParam("limit", 1)
                .when().get("/v1/bulk/stakeholder-groups").then().statusCode(200).extract().path("next");
        api(GM0363).queryParam("initiativeId", initiative.toString()).queryParam("cursor", next)
                .when().get("/v1/bulk/stakeholder-groups").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        String publicNext = given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString())
                .queryParam("limit", 1).when().get("/v1/stakeholder-groups").then().statusCode(200)
                .extract().path("next");
        api(GM0344).queryParam("initiativeId", initiative.toString()).queryParam("cursor", publicNext)
                .when().get("/v1/bulk/stakeholder-groups").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void shouldAnswer400NamingTheParameterAnd403WithoutTheReadScope() {
        String initiative = UUID.randomUUID().toString();
        for (String path : List.of("/v1/bulk/stakeholder-groups", "/v1/bulk/interests")) {
            for (String limit : List.of("abc", "0", "1001", "1.5", "99999999999999999999")) {
                given().auth().oauth2(GM0344).queryParam("initiativeId", initiative).queryParam("limit", limit)
                        .when().get(path).then().log().ifValidationFails().statusCode(400)
                        .contentType("application/problem+json").body("errors.field", hasItem("limit"));
            }
            for (String id : List.of("", "not-a-uuid")) {
                given().auth().oauth2(GM0344).queryParam("initiativeId", id).when().get(path).then()
                        .statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem("initiativeId"));
            }
            given().auth().oauth2(GM0344).when().get(path).then().statusCode(400)
                    .body("errors.field", hasItem("initiativeId"));
            given().auth().oauth2(TestTokens.token("GM0344", "initiatives:read")).queryParam("initiativeId",
                    initiative).when().get(path).then().statusCode(403);
            given().queryParam("initiativeId", initiative).when().get(path).then().statusCode(401);
        }
        // the public lists keep their pages of at most 100
        given().auth().oauth2(GM0344).queryParam("initiativeId", initiative).queryParam("limit", 101)
                .when().get("/v1/interests").then().statusCode(400).body("errors.field", hasItem("limit"));
    }
}
