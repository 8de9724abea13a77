package nl.speelveld.assessment.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.speelveld.assessment.Api;
import nl.speelveld.assessment.StubbedServices;
import nl.speelveld.assessment.Zonnewijk;
import nl.speelveld.devtools.ExportFiles;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export of every assessment record of a municipality (assessments with their compressed inputs, decision records
 * with their corrections, scenarios, threshold sets, events) and its import into an installation without them (this
 * database after the municipality's records are removed): every read of worked case A answers the same and a new
 * assessment gives the same result; a changed file, a file of another schema version and an import over existing
 * records are refused with nothing stored; only the municipality's administrator exports. A municipality of its
 * own, so no other test's records are in the file.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class ExportImportTest {

    static final String M = "GM0707";
    static final String TOKEN = TestTokens.token(M, "assessments:read", "assessments:write", "initiatives:read",
            "stakeholders:read");
    static final String ADMIN = TestTokens.token(M, "admin");

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void anExportImportedIntoAnInstallationWithoutTheMunicipalityAnswersEveryReadAndAssessesAsBefore()
            throws Exception {
        Zonnewijk z = new Zonnewijk(M, TOKEN).stub(initiatives, stakeholders);
        Api.as(TOKEN).contentType(ContentType.JSON).body("{\"values\": {\"band.fi5.hi\": 0.3}, \"rationale\":"
                + " \"Kalibratie\", \"changedBy\": \"u-4711\"}").when().post("/v1/threshold-sets")
                .then().statusCode(201);
        String assessment = Api.assess(TOKEN, z.initiativeId).then().statusCode(201).extract().path("id");
        String scenario = Api.as(TOKEN).contentType(ContentType.JSON).body("{\"label\": \"Huurders met mandaat\","
                + " \"changes\": [{\"kind\": \"SET_VOICE\", \"groupId\": \"" + z.groups.get("tenants") + "\","
                + " \"voice\": \"REPRESENTED_WITH_MANDATE\"}]}")
                .when().post("/v1/assessments/" + assessment + "/scenarios").then().statusCode(201)
                .extract().path("id");
        String records = "/v1/assessments/" + assessment + "/decision-records";
        String first = Api.as(TOKEN).contentType(ContentType.JSON).body("{\"axis\": \"ROLE\", \"choice\":"
                + " \"FACILITATE\", \"rationale\": \"Ruimte voor de coöperatie.\", \"mandate\": \"MANAGER\","
                + " \"decidedOn\": \"2026-11-03\", \"decidedBy\": \"u-4711\"}").when().post(records)
                .then().statusCode(201).extract().path("id");
        String correction = Api.as(TOKEN).contentType(ContentType.JSON).body("{\"axis\": \"ROLE\", \"choice\":"
                + " \"FACILITATE\", \"rationale\": \"Ruimte voor de coöperatie, met de huurders aan tafel.\","
                + " \"mandate\": \"MANAGER\", \"decidedOn\": \"2026-11-04\", \"decidedBy\": \"u-4711\","
                + " \"supersedes\": \"" + first + "\", \"scenarioIds\": [\"" + scenario + "\"]}").when().post(records)
                .then().statusCode(201).extract().path("id");

        List<String> paths = List.of("/v1/assessments/" + assessment, "/v1/assessments?initiativeId=" + z.initiativeId,
                "/v1/assessments/" + assessment + "/inputs?indicator=FI-3", records, records + "/" + first,
                records + "/" + correction, "/v1/assessments/" + assessment + "/scenarios/" + scenario,
                "/v1/assessment-timelines/" + z.initiativeId, "/v1/threshold-sets/current");
        JsonNode assessedBefore = assessedAgain(z.initiativeId);
        Map<String, Object> before = reads(paths, assessment);

        String file = ExportFiles.export(ADMIN, M);
        JsonNode counts = ExportFiles.manifest(file).get("counts");
        for (String table : List.of("assessment", "assessment_snapshot", "assessment_input_chunk", "threshold_set",
                "scenario", "decision_record", "event_outbox")) {
            assertTrue(counts.get(table).asLong() > 0, table + " exported");
        }
        Api.as(TestTokens.token("GM0708", "admin")).when().get("/v1/exports/" + M).then().statusCode(404);
        Api.as(TOKEN).when().get("/v1/exports/" + M).then().statusCode(403);
        ExportFiles.importFile(TOKEN, file).then().statusCode(403);
        ExportFiles.importFile(ADMIN, file).then().statusCode(409);

        try (Connection connection = dataSource.getConnection()) {
            ExportFiles.purge(connection, file);
        }
        Api.as(TOKEN).when().get("/v1/assessments/" + assessment).then().statusCode(404);
        ExportFiles.refuseChangedFilesThenImport(ADMIN, M, file, "4");
        assertEquals(before, reads(paths, assessment));
        assertEquals(assessedBefore, assessedAgain(z.initiativeId), "a new assessment gives the same result");
    }

    /** Every read of the paths (JSON), the chart (SVG text), the report without its moment, and the events. */
    private static Map<String, Object> reads(List<String> paths, String assessment) {
        Map<String, Object> reads = new LinkedHashMap<>();
        for (String path : paths) {
            reads.put(path, ExportFiles.read(Api.as(TOKEN).when().get(path).then().statusCode(200).extract()
                    .asString()));
        }
        reads.put("chart", Api.as(TOKEN).when().get("/v1/assessments/" + assessment + "/chart.svg").then()
                .statusCode(200).extract().asString());
        reads.put("events", ExportFiles.read(Api.as(TOKEN).queryParam("limit", 100).when().get("/v1/events")
                .then().statusCode(200).extract().asString()).get("items"));
        return reads;
    }

    /** A new assessment of the initiative, without what makes it a new record (id, times). */
    private static JsonNode assessedAgain(String initiativeId) {
        String body = Api.assess(TOKEN, initiativeId).then().statusCode(201).extract().asString();
        ObjectNode assessed = (ObjectNode) ExportFiles.read(body);
        String id = assessed.get("id").asText();
        ObjectNode comparable = (ObjectNode) ExportFiles.read(body.replace(id, "{id}"));
        comparable.remove(List.of("id", "createdAt", "updatedAt"));
        return comparable;
    }
}
