package nl.speelveld.stakeholder.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.speelveld.devtools.ExportFiles;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import nl.speelveld.stakeholder.Fixtures;
import nl.speelveld.stakeholder.InitiativeServiceStub;
import nl.speelveld.stakeholder.shared.Examples;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export of every stakeholder record of a municipality, and its import into an installation without them (this
 * database after the municipality's records are removed): every read answers the same, the same records come out
 * again; a changed file, a file of another schema version and an import over existing records are refused with
 * nothing stored; only the municipality's administrator exports.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class ExportImportTest {

    static final String ADMIN = TestTokens.token("GM0344", "admin");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anExportImportedIntoAnInstallationWithoutTheMunicipalityAnswersEveryReadAsBefore() throws Exception {
        UUID initiative = Fixtures.initiative();
        UUID issue = UUID.randomUUID();
        String tenants = Fixtures.group(GM0344, initiative, "Huurders", "\"source\": \"BROADER_PUBLIC\"");
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"").body("{\"urgency\": true}").patch("/v1/stakeholder-groups/" + tenants)
                .then().statusCode(200);
        String core = Fixtures.group(GM0344, initiative, "Kerngroep", "\"source\": \"COPRODUCING_CITIZENS\"");
        String support = Fixtures.interest(GM0344, initiative, tenants, issue, "SUPPORT");
        String oppose = Fixtures.interest(GM0344, initiative, core, issue, "OPPOSE");
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Examples.RESPONSE_REQUEST).put("/v1/interests/" + support + "/response").then().statusCode(200);
        String removed = Fixtures.interest(GM0344, initiative, core, issue, "NEUTRAL");
        given().auth().oauth2(GM0344).delete("/v1/interests/" + removed).then().statusCode(204);
        Map<String, String> created = new LinkedHashMap<>();
        created.put("representations", Fixtures.post(GM0344, "/v1/representations", Examples.REPRESENTATION_REQUEST
                .replace("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", core)
                .replace("0b6f1f5e-2c3d-4e8f-9a0b-1c2d3e4f5a6b", tenants)));
        String reference = Fixtures.post(GM0344, "/v1/population-profiles", Examples.POPULATION_REQUEST_B);
        created.put("population-profiles", reference);
        created.put("participant-profiles", Fixtures.post(GM0344, "/v1/participant-profiles",
                Examples.PARTICIPANT_REQUEST.replace(Examples.INITIATIVE_B, initiative.toString())
                        .replace("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", core)
                        .replace("6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f", reference)));
        created.put("core-group-snapshots", Fixtures.post(GM0344, "/v1/core-group-snapshots",
                Examples.SNAPSHOT_REQUEST.replace(Examples.INITIATIVE_B, initiative.toString())
                        .replace("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", core)));
        created.put("constituency-consultations", Fixtures.post(GM0344, "/v1/constituency-consultations",
                Examples.CONSULTATION_REQUEST.replace(Examples.INITIATIVE_A, initiative.toString())
                        .replace("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", core)
                        .replace("d5f9b2c3-6e7a-4b8c-8d1e-2f3a4b5c6d7e", issue.toString())));
        created.put("conflict-overrides", Fixtures.post(GM0344, "/v1/conflict-overrides", Examples.OVERRIDE_REQUEST
                .replace("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", support)
                .replace("8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f", oppose)));

        List<String> paths = new java.util.ArrayList<>(List.of("/v1/stakeholder-groups/" + tenants,
                "/v1/stakeholder-groups/" + core, "/v1/interests/" + support, "/v1/interests/" + oppose,
                "/v1/stakeholder-groups?initiativeId=" + initiative, "/v1/interests?initiativeId=" + initiative,
                "/v1/stakeholder-maps/" + initiative, "/v1/interest-matrices/" + initiative));
        created.forEach((family, id) -> paths.add("/v1/" + family + "/" + id));
        Map<String, JsonNode> before = reads(paths, initiative);

        String file = ExportFiles.export(ADMIN, "GM0344");
        JsonNode counts = ExportFiles.manifest(file).get("counts");
        for (String table : List.of("stakeholder_group", "interest", "representation", "population_profile",
                "participant_profile", "core_group_snapshot", "constituency_consultation", "conflict_override",
                "event_outbox")) {
            assertTrue(counts.get(table).asLong() > 0, table + " exported");
        }
        assertEquals("stakeholder-service", ExportFiles.manifest(file).get("service").asText());

        // refused: another municipality, no admin scope, an installation that holds the municipality's records
        given().auth().oauth2(TestTokens.token("GM0363", "admin")).get("/v1/exports/GM0344").then().statusCode(404);
        given().auth().oauth2(GM0344).get("/v1/exports/GM0344").then().statusCode(403);
        ExportFiles.importFile(GM0344, file).then().statusCode(403);
        ExportFiles.importFile(ADMIN, file).then().statusCode(409).body("type", equalTo("/problems/conflict"));

        try (Connection connection = dataSource.getConnection()) {
            ExportFiles.purge(connection, file);
        }
        given().auth().oauth2(GM0344).get("/v1/stakeholder-groups/" + tenants).then().statusCode(404);
        ExportFiles.refuseChangedFilesThenImport(ADMIN, "GM0344", file, "0.9");
        assertEquals(before, reads(paths, initiative));
        // the restored records take changes as before: versions and ETags go on from the imported ones
        given().auth().oauth2(GM0344).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"1\"").body("{\"power\": true}").patch("/v1/stakeholder-groups/" + tenants)
                .then().statusCode(200).body("version", equalTo(2));
    }

    /** Every read of the paths and the initiative's change feed (its events, not the installation's positions). */
    private static Map<String, JsonNode> reads(List<String> paths, UUID initiative) {
        Map<String, JsonNode> reads = new LinkedHashMap<>();
        for (String path : paths) {
            reads.put(path, ExportFiles.read(given().auth().oauth2(GM0344).get(path).then().statusCode(200)
                    .extract().asString()));
        }
        reads.put("events", ExportFiles.read(given().auth().oauth2(GM0344).queryParam("initiativeId",
                initiative.toString()).queryParam("limit", 100).get("/v1/events").then().statusCode(200)
                .extract().asString()).get("items"));
        return reads;
    }
}
