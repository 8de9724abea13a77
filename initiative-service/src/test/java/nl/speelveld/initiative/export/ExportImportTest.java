package nl.speelveld.initiative.export;

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
import nl.speelveld.initiative.StakeholderServiceStub;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export of every initiative record of a municipality (initiatives with area codes and external references, issues,
 * the chain of problem definitions, role observations, key decisions, phase transitions, events) and its import
 * into an installation without them (this database after the municipality's records are removed): every read answers
 * the same and the same records come out again; a changed file, a file of another schema version and an import over
 * existing records are refused with nothing stored; only the municipality's administrator exports.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
@QuarkusTestResource(StakeholderServiceStub.class)
class ExportImportTest {

    static final String TOKEN = TestTokens.token("GM0344", "initiatives:read", "initiatives:write",
            "stakeholders:read");
    static final String ADMIN = TestTokens.token("GM0344", "admin");

    @Inject
    AgroalDataSource dataSource;

    static String post(String path, String body) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post(path)
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    @Test
    void anExportImportedIntoAnInstallationWithoutTheMunicipalityAnswersEveryReadAsBefore() throws Exception {
        String initiative = post("/v1/initiatives", "{\"title\": {\"nl\": \"Energiecoöperatie Zonnewijk\"},"
                + " \"type\": \"CITIZEN_COLLECTIVE\", \"phase\": \"DESIGN\", \"areaCodes\": [\"BU03440101\","
                + " \"BU03440102\"], \"externalRefs\": [{\"system\": \"decidim\", \"instance\":"
                + " \"participatie.example.nl\", \"type\": \"initiative\", \"id\": \"" + UUID.randomUUID() + "\"}]}");
        given().auth().oauth2(TOKEN).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"").body("{\"budgetPerYear\": 100000}").patch("/v1/initiatives/" + initiative)
                .then().statusCode(200);
        String base = "/v1/initiatives/" + initiative;
        String poverty = post(base + "/issues", "{\"label\": {\"nl\": \"Energiearmoede bij huurders\"}}");
        String roofs = post(base + "/issues", "{\"label\": {\"nl\": \"Daken van de leden\"}}");
        String first = post(base + "/problem-definitions", "{\"statement\": {\"nl\": \"Leden wekken samen energie"
                + " op.\"}, \"framedBy\": \"CITIZENS\", \"issueIdsInScope\": [\"" + roofs + "\"]}");
        String second = post(base + "/problem-definitions", "{\"statement\": {\"nl\": \"Leden en huurders wekken"
                + " samen energie op.\"}, \"framedBy\": \"CITIZENS\", \"issueIdsInScope\": [\"" + roofs + "\", \""
                + poverty + "\"]}");
        String observation = post(base + "/role-observations", "{\"kind\": \"TAKEN\", \"holderSource\":"
                + " \"PUBLIC_ORGANISATION\", \"holderGroupId\": \"" + StakeholderServiceStub.group(initiative)
                + "\", \"role\": \"FACILITATE\", \"observedOn\": \"2026-09-01\", \"evidence\": \"OBSERVATION\"}");
        String decision = post(base + "/key-decisions", "{\"subject\": \"Isolatie-inkoopactie\", \"decidedOn\":"
                + " \"2026-01-10\", \"decidedBy\": \"CITIZENS\", \"issueIds\": [\"" + roofs + "\"]}");
        String transition = post(base + "/phase-transitions", "{\"to\": \"IMPLEMENTATION\", \"on\": \"2023-01-15\","
                + " \"reason\": \"Het dakenplan is rond.\"}");

        List<String> paths = List.of(base, base + "/issues", base + "/issues/" + poverty, base + "/issues/" + roofs,
                base + "/problem-definitions", base + "/problem-definitions/current",
                base + "/problem-definitions/" + first, base + "/problem-definitions/" + second,
                base + "/role-observations", base + "/role-observations/" + observation, base + "/key-decisions",
                base + "/key-decisions/" + decision, base + "/phase-transitions",
                base + "/phase-transitions/" + transition);
        Map<String, JsonNode> before = reads(paths, initiative);

        String file = ExportFiles.export(ADMIN, "GM0344");
        JsonNode counts = ExportFiles.manifest(file).get("counts");
        for (String table : List.of("initiative", "initiative_area_code", "initiative_external_ref", "issue",
                "problem_definition", "role_observation", "key_decision", "phase_transition", "event_outbox")) {
            assertTrue(counts.get(table).asLong() > 0, table + " exported");
        }
        given().auth().oauth2(TestTokens.token("GM0363", "admin")).get("/v1/exports/GM0344").then().statusCode(404);
        given().auth().oauth2(TOKEN).get("/v1/exports/GM0344").then().statusCode(403);
        ExportFiles.importFile(TOKEN, file).then().statusCode(403);
        ExportFiles.importFile(ADMIN, file).then().statusCode(409);

        try (Connection connection = dataSource.getConnection()) {
            ExportFiles.purge(connection, file);
        }
        given().auth().oauth2(TOKEN).get(base).then().statusCode(404);
        ExportFiles.refuseChangedFilesThenImport(ADMIN, "GM0344", file, "1");
        assertEquals(before, reads(paths, initiative));
    }

    /** Every read of the paths and the initiative's change feed (its events, not the installation's positions). */
    private static Map<String, JsonNode> reads(List<String> paths, String initiative) {
        Map<String, JsonNode> reads = new LinkedHashMap<>();
        for (String path : paths) {
            reads.put(path, ExportFiles.read(given().auth().oauth2(TOKEN).get(path).then().statusCode(200)
                    .extract().asString()));
        }
        reads.put("events", ExportFiles.read(given().auth().oauth2(TOKEN).queryParam("initiativeId", initiative)
                .queryParam("limit", 100).get("/v1/events").then().statusCode(200).extract().asString())
                .get("items"));
        return reads;
    }
}
