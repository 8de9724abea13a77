package nl.speelveld.stakeholder.group;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.stakeholder.Fixtures;
import nl.speelveld.stakeholder.InitiativeServiceStub;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static nl.speelveld.stakeholder.Fixtures.GM0363;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many SQL statements a read of stakeholder groups sends to the real PostgreSQL, and that it flushes nothing
 * (Hibernate's statistics, switched on for tests in conventions' defaults): one each for GET one and a page (issue 15).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class ReadStatementsTest {

    @Inject
    SessionFactory sessionFactory;

    long[] counts() {
        Statistics s = sessionFactory.getStatistics();
        return new long[] {s.getPrepareStatementCount(), s.getFlushCount()};
    }

    @Test
    void shouldReadOneGroupInOneStatementAndFlushNothing() {
        assertTrue(sessionFactory.getStatistics().isStatisticsEnabled());
        UUID initiative = Fixtures.initiative();
        String id = Fixtures.group(GM0344, initiative, "Huurders", "\"barriers\": [\"LANGUAGE\"]");

        long[] before = counts();
        given().auth().oauth2(GM0344).get("/v1/stakeholder-groups/" + id).then().statusCode(200)
                .body("name", equalTo("Huurders")).body("barriers", contains("LANGUAGE"));
        long[] after = counts();
        assertEquals(1, after[0] - before[0], "statements for GET one stakeholder group");
        assertEquals(0, after[1] - before[1], "flushes for a read");

        before = counts();
        given().auth().oauth2(GM0363).get("/v1/stakeholder-groups/" + id).then().statusCode(404);
        assertEquals(1, counts()[0] - before[0], "statements for another municipality's id");
    }

    @Test
    void shouldReadAPageOfGroupsInOneStatementAndFlushNothing() {
        UUID initiative = Fixtures.initiative();
        for (int i = 0; i < 21; i++) {
            Fixtures.group(GM0344, initiative, "Groep " + i, "");
        }
        long[] before = counts();
        given().auth().oauth2(GM0344).get("/v1/stakeholder-groups?initiativeId=" + initiative + "&limit=20")
                .then().statusCode(200).body("items", hasSize(20));
        long[] after = counts();
        assertEquals(1, after[0] - before[0], "statements for a page of 20 groups");
        assertEquals(0, after[1] - before[1], "flushes for a read");
    }
}
