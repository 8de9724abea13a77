package nl.speelveld.stakeholder.snapshot;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.stakeholder.Fixtures;
import nl.speelveld.stakeholder.InitiativeServiceStub;
import nl.speelveld.stakeholder.shared.Examples;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Core-group snapshots. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class CoreGroupSnapshotResourceTest {

    @Test
    void shouldStoreCoreGroupSnapshotsWithNoMoreNewcomersThanMembers() {
        UUID initiative = Fixtures.initiative();
        String core = Fixtures.group(GM0344, initiative, "Kerngroep", "");
        String valid = Examples.SNAPSHOT_REQUEST.replace(Examples.INITIATIVE_B, initiative.toString())
                .replace("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", core);
        String location = given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(valid)
                .when().post("/v1/core-group-snapshots")
                .then().log().ifValidationFails().statusCode(201)
                .body("coreSize", equalTo(12)).body("coreJoinedLast24Months", equalTo(0))
                .extract().header("Location");
        given().auth().oauth2(GM0344).when().get(location).then().statusCode(200).body("takenOn",
                equalTo("2026-10-01"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(valid.replace("\"coreJoinedLast24Months\": 0", "\"coreJoinedLast24Months\": 13"))
                .when().post("/v1/core-group-snapshots")
                .then().statusCode(400).body("errors.field", contains("coreJoinedLast24Months"));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body(valid.replace(initiative.toString(), InitiativeServiceStub.UNKNOWN_INITIATIVE.toString()))
                .when().post("/v1/core-group-snapshots")
                .then().statusCode(400).body("errors.field", contains("initiativeId", "groupId"));
        given().auth().oauth2(GM0344).queryParam("groupId", core).when().get("/v1/core-group-snapshots")
                .then().statusCode(200).body("items", hasSize(1));
    }
}
