package nl.speelveld.assessment.erasure;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.speelveld.assessment.Api;
import nl.speelveld.assessment.StubbedServices;
import nl.speelveld.assessment.Zonnewijk;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /v1/erasures}: a dry run counts exactly what the real run then changes; decision records keep all but
 * {@code decidedBy}; a reference that only contains the subject, and another municipality's records, stay as they
 * were; the database refuses any other change to a decision record, also inside an erasure. Each test uses
 * municipalities of its own, so that no other test's records are counted.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class ErasureResourceTest {

    static final String[] SCOPES = {"assessments:read", "assessments:write", "initiatives:read", "stakeholders:read",
        "admin"};

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;
    @Inject
    AgroalDataSource dataSource;

    /** Records a weighing decided by {@code decidedBy} on a fresh assessment of case A; its location. */
    String record(String municipality, String token, String decidedBy) {
        Zonnewijk case_ = new Zonnewijk(municipality, token).stub(initiatives, stakeholders);
        String assessment = Api.assess(token, case_.initiativeId).then().statusCode(201).extract().path("id");
        return Api.as(token).contentType(ContentType.JSON)
                .body("{\"axis\": \"ROLE\", \"choice\": \"FACILITATE\", \"rationale\": \"Ruimte voor de"
                        + " coöperatie.\", \"mandate\": \"MANAGER\", \"decidedOn\": \"2026-11-03\", \"decidedBy\": \""
                        + decidedBy + "\"}")
                .when().post("/v1/assessments/" + assessment + "/decision-records")
                .then().statusCode(201).extract().header("Location");
    }

    Response erase(String token, String body) {
        return Api.as(token).contentType(ContentType.JSON).body(body).when().post("/v1/erasures");
    }

    @Test
    void shouldChangeExactlyWhatTheDryRunCountedAndOnlyThePersonReference() {
        String own = TestTokens.token("GM0701", SCOPES);
        String other = TestTokens.token("GM0702", SCOPES);
        String first = record("GM0701", own, "u-4711, beleidsadviseur duurzaamheid");
        String second = record("GM0701", own, "u-4711");
        String lookalike = record("GM0701", own, "u-47110, wijkregisseur");
        String elsewhere = record("GM0702", other, "u-4711, beleidsadviseur");
        Api.as(own).contentType(ContentType.JSON).body("{\"values\": {\"band.fi5.hi\": 0.3}, \"rationale\":"
                + " \"Kalibratie\", \"changedBy\": \"u-4711\"}").when().post("/v1/threshold-sets")
                .then().statusCode(201);
        Response before = Api.as(own).when().get(first);

        Response dry = erase(own, "{\"subject\": \"u-4711\", \"dryRun\": true}");
        dry.then().log().ifValidationFails().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("tombstone", equalTo("[erased]"))
                .body("changed.decisionRecords", equalTo(2))
                .body("changed.thresholdSets", equalTo(1))
                .body("total", equalTo(3));
        Api.as(own).when().get(first).then().statusCode(200)
                .body("decidedBy", equalTo("u-4711, beleidsadviseur duurzaamheid")).body("version", equalTo(0));

        Response real = erase(own, "{\"subject\": \"u-4711\"}");
        real.then().log().ifValidationFails().statusCode(200).body("dryRun", equalTo(false));
        assertEquals(dry.jsonPath().getMap("changed"), real.jsonPath().getMap("changed"));
        assertEquals(dry.jsonPath().getInt("total"), real.jsonPath().getInt("total"));

        Response after = Api.as(own).when().get(first);
        after.then().statusCode(200).body("decidedBy", equalTo("[erased]")).body("version", equalTo(1));
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(content(before), content(after), "a decision record keeps all its content but decidedBy");
        Api.as(own).when().get(second).then().body("decidedBy", equalTo("[erased]"));
        Api.as(own).when().get(lookalike).then().body("decidedBy", equalTo("u-47110, wijkregisseur"))
                .body("version", equalTo(0));
        Api.as(own).when().get("/v1/threshold-sets/current").then().body("changedBy", equalTo("[erased]"))
                .body("rationale", equalTo("Kalibratie"));
        Api.as(other).when().get(elsewhere).then().statusCode(200)
                .body("decidedBy", equalTo("u-4711, beleidsadviseur")).body("version", equalTo(0));
        // nothing left: a second run counts and changes nothing
        erase(own, "{\"subject\": \"u-4711\", \"dryRun\": true}").then().statusCode(200).body("total", equalTo(0));
        erase(own, "{\"subject\": \"u-4711\"}").then().statusCode(200).body("total", equalTo(0));
    }

    /** The record's JSON without what an erasure may change: decidedBy, version, updatedAt. */
    static Map<String, Object> content(Response r) {
        Map<String, Object> map = new java.util.TreeMap<>(JsonPath.from(r.asString()).getMap(""));
        map.remove("decidedBy");
        map.remove("version");
        map.remove("updatedAt");
        return map;
    }

    @Test
    void shouldNeedTheAdminScope() {
        erase(Api.GM0344, "{\"subject\": \"u-4711\", \"dryRun\": true}").then().log().ifValidationFails()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseASubjectThatIsNoSingleReference() {
        String own = TestTokens.token("GM0703", SCOPES);
        erase(own, "{\"subject\": \"u-4711 beleidsadviseur\"}").then().log().ifValidationFails()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("subject"));
        erase(own, "{\"dryRun\": true}").then().statusCode(400).body("errors[0].field", equalTo("subject"));
        erase(own, "{\"subject\": \"u\"}").then().statusCode(400).body("errors[0].field", equalTo("subject"));
    }

    @Test
    void shouldLetTheDatabaseRefuseEveryOtherChangeOfADecisionRecord() throws SQLException {
        String own = TestTokens.token("GM0704", SCOPES);
        String location = record("GM0704", own, "u-1234");
        String id = location.substring(location.lastIndexOf('/') + 1);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            // inside an erasure, another column
            st.execute("SET LOCAL speelveld.erasure = 'on'");
            SQLException other = assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE decision_record"
                    + " SET decided_by = '[erased]', rationale = 'anders' WHERE id = '" + id + "'"));
            assertTrue(other.getMessage().contains("append-only"), other.getMessage());
            c.rollback();
            // the tombstone, but outside an erasure
            SQLException outside = assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE decision_record"
                    + " SET decided_by = '[erased]' WHERE id = '" + id + "'"));
            assertTrue(outside.getMessage().contains("append-only"), outside.getMessage());
            c.rollback();
            // inside an erasure, another value than the tombstone
            st.execute("SET LOCAL speelveld.erasure = 'on'");
            SQLException value = assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE decision_record"
                    + " SET decided_by = 'u-9999' WHERE id = '" + id + "'"));
            assertTrue(value.getMessage().contains("append-only"), value.getMessage());
            c.rollback();
            // and never a delete
            st.execute("SET LOCAL speelveld.erasure = 'on'");
            SQLException delete = assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM"
                    + " decision_record WHERE id = '" + id + "'"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            c.rollback();
        }
        Api.as(own).when().get(location).then().statusCode(200).body("decidedBy", equalTo("u-1234"))
                .body("rationale", containsString("coöperatie"));
    }
}
