package nl.speelveld.initiative.initiative;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many SQL statements a read sends to the real PostgreSQL, and that a read flushes nothing (Hibernate's statistics,
 * switched on for tests in conventions' defaults): GET one initiative is one statement, its area codes and external
 * references included; a page of 20 is one statement too, its collections included, also on the next page and with
 * a filter (issue 15).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class ReadStatementsTest {

    static final String GM0100 = TestTokens.token("GM0100", "initiatives:read", "initiatives:write");

    @Inject
    SessionFactory sessionFactory;

    static String register(String title) {
        String body = """
                {"title": {"nl": "%s"}, "type": "CITIZEN_INITIATIVE", "areaCodes": ["BU01000101", "WK010001"],
                 "externalRefs": [{"system": "decidim", "instance": "p.example.nl", "type": "initiative", "id": "%s"},
                                  {"system": "consul", "instance": "c.example.nl", "type": "proposal", "id": "%s"}]}"""
                .formatted(title, UUID.randomUUID(), UUID.randomUUID());
        return given().auth().oauth2(GM0100).contentType(ContentType.JSON).body(body).post("/v1/initiatives")
                .then().statusCode(201).extract().path("id");
    }

    record Counts(long statements, long flushes, long collectionFetches) {
    }

    Counts counts() {
        Statistics s = sessionFactory.getStatistics();
        return new Counts(s.getPrepareStatementCount(), s.getFlushCount(), s.getCollectionFetchCount());
    }

    @Test
    void shouldReadOneInitiativeWithItsCollectionsInOneStatementAndFlushNothing() {
        assertTrue(sessionFactory.getStatistics().isStatisticsEnabled());
        String id = register("Eén leesactie");

        Counts before = counts();
        given().auth().oauth2(GM0100).get("/v1/initiatives/" + id).then().statusCode(200)
                .body("areaCodes", contains("BU01000101", "WK010001"))
                .body("externalRefs", hasSize(2))
                .body("externalRefs[1].system", org.hamcrest.Matchers.equalTo("consul"));
        Counts after = counts();

        assertEquals(1, after.statements() - before.statements(), "statements for GET one initiative");
        assertEquals(0, after.collectionFetches() - before.collectionFetches(), "collections loaded by a statement of their own");
        assertEquals(0, after.flushes() - before.flushes(), "flushes for a read");

        before = counts();
        given().auth().oauth2(TestTokens.token("GM0363", "initiatives:read")).get("/v1/initiatives/" + id)
                .then().statusCode(404);
        assertEquals(1, counts().statements() - before.statements(), "statements for another municipality's id");
    }

    @Test
    void shouldReadAPageOf20WithItsCollectionsInOneStatementAndFlushNothing() {
        String token = TestTokens.token("GM0101", "initiatives:read", "initiatives:write");
        for (int i = 0; i < 21; i++) {
            String body = """
                    {"title": {"nl": "Pagina %d"}, "type": "COPRODUCTION", "areaCodes": ["BU01010101", "WK010101"],
                     "externalRefs": [{"system": "decidim", "instance": "p.example.nl", "type": "initiative", "id": "%s"},
                                      {"system": "consul", "instance": "c.example.nl", "type": "proposal", "id": "%s"}]}"""
                    .formatted(i, UUID.randomUUID(), UUID.randomUUID());
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/v1/initiatives")
                    .then().statusCode(201);
        }

        Counts before = counts();
        String next = given().auth().oauth2(token).get("/v1/initiatives?limit=20").then().statusCode(200)
                .body("items", hasSize(20)).body("items[0].title.nl", org.hamcrest.Matchers.equalTo("Pagina 0"))
                .body("items[19].title.nl", org.hamcrest.Matchers.equalTo("Pagina 19"))
                .body("items[19].areaCodes", contains("BU01010101", "WK010101"))
                .body("items[19].externalRefs", hasSize(2))
                .body("items[19].externalRefs[1].system", org.hamcrest.Matchers.equalTo("consul"))
                .body("next", org.hamcrest.Matchers.notNullValue()).extract().path("next");
        Counts after = counts();
        assertEquals(1, after.statements() - before.statements(), "statements for a page of 20");
        assertEquals(0, after.collectionFetches() - before.collectionFetches(), "collections loaded by a statement of their own");
        assertEquals(0, after.flushes() - before.flushes(), "flushes for a read");

        before = counts();
        given().auth().oauth2(token).queryParam("limit", 20).queryParam("cursor", next).get("/v1/initiatives")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].title.nl", org.hamcrest.Matchers.equalTo("Pagina 20"))
                .body("items[0].areaCodes", contains("BU01010101", "WK010101")).body("next", org.hamcrest.Matchers.nullValue());
        assertEquals(1, counts().statements() - before.statements(), "statements for the next page");

        before = counts();
        given().auth().oauth2(token).get("/v1/initiatives?limit=5&areaCode=WK010101&type=COPRODUCTION").then()
                .statusCode(200).body("items", hasSize(5)).body("items[4].title.nl", org.hamcrest.Matchers.equalTo("Pagina 4"))
                .body("items[4].externalRefs", hasSize(2));
        assertEquals(1, counts().statements() - before.statements(), "statements for a filtered page");
        assertEquals(0, counts().flushes() - before.flushes(), "flushes for a read");
    }
}
