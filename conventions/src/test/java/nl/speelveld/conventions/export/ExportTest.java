package nl.speelveld.conventions.export;

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
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A municipality's export and import through the probe application (its probe table and the event tables every
 * service has), on a real PostgreSQL: the round trip, every refusal with nothing stored, tenancy and scopes, and a
 * file above the 256 KiB body limit. Each test uses a municipality of its own.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "conventions"))
class ExportTest {

    @Inject
    AgroalDataSource dataSource;

    static String admin(String municipality) {
        return TestTokens.token(municipality, "admin");
    }

    static String user(String municipality) {
        return TestTokens.token(municipality, "probes:read", "probes:write", "webhooks:manage");
    }

    static String createProbe(String municipality, String name) {
        return given().auth().oauth2(user(municipality)).contentType(ContentType.JSON)
                .body("{\"name\": {\"nl\": \"" + name + "\"}, \"kind\": \"SMALL\", \"size\": 3}").post("/v1/probes")
                .then().statusCode(201).extract().path("id");
    }

    static String read(String municipality, String path) {
        return given().auth().oauth2(user(municipality)).get(path).then().statusCode(200).extract().asString();
    }

    void purge(String file) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            ExportFiles.purge(connection, file);
        }
    }

    @Test
    void roundTripRestoresIdsVersionsAndEveryReadAndExportsTheSameRecordsAgain() throws Exception {
        String m = "GM0014";
        List<String> ids = List.of(createProbe(m, "eerste"), createProbe(m, "tweede"), createProbe(m, "derde"));
        given().auth().oauth2(user(m)).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"").body("{\"size\": 9}").patch("/v1/probes/" + ids.get(1))
                .then().statusCode(200);
        given().auth().oauth2(user(m)).contentType(ContentType.JSON)
                .body("{\"url\": \"https://portal.example.nl/hooks\", \"types\": [\"nl.speelveld.probe.created.v1\"]}")
                .post("/v1/webhook-subscriptions").then().statusCode(201);
        List<String> reads = new ArrayList<>();
        for (String id : ids) {
            reads.add(read(m, "/v1/probes/" + id));
        }
        reads.add(read(m, "/v1/probes"));
        reads.add(read(m, "/v1/webhook-subscriptions"));

        String file = ExportFiles.export(admin(m), m);
        JsonNode manifest = ExportFiles.manifest(file);
        assertEquals("probe-service", manifest.get("service").asText());
        assertEquals(m, manifest.get("municipalityCode").asText());
        assertEquals(3, manifest.get("counts").get("probe").asLong());
        assertEquals(1, manifest.get("counts").get("webhook_subscription").asLong());
        assertEquals(ExportFiles.lines(file).size() - 2, manifest.get("records").asLong());
        assertTrue(file.contains("\"version\": 1"), "the changed probe's version is exported");

        ExportFiles.importFile(admin(m), file).then().statusCode(409).body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("probe"));

        purge(file);
        given().auth().oauth2(user(m)).get("/v1/probes/" + ids.get(0)).then().statusCode(404);
        ExportFiles.importFile(admin(m), file).then().statusCode(200).body("municipalityCode", equalTo(m))
                .body("counts.probe", equalTo(3)).body("records", equalTo(manifest.get("records").asInt()));

        List<String> after = new ArrayList<>();
        for (String id : ids) {
            after.add(read(m, "/v1/probes/" + id));
        }
        after.add(read(m, "/v1/probes"));
        after.add(read(m, "/v1/webhook-subscriptions"));
        for (int i = 0; i < reads.size(); i++) {
            assertEquals(ExportFiles.read(reads.get(i)), ExportFiles.read(after.get(i)), "read " + i);
        }
        String again = ExportFiles.export(admin(m), m);
        assertEquals(manifest.get("sha256"), ExportFiles.manifest(again).get("sha256"),
                "the same records, ids, versions and texts come out again");
    }

    @Test
    void aFileThatIsNotThisMunicipalitysUnchangedExportOfThisSchemaIsRefusedWithNothingStored() throws Exception {
        String m = "GM0034";
        String id = createProbe(m, "proef");
        String file = ExportFiles.export(admin(m), m);
        purge(file);
        List<String> lines = ExportFiles.lines(file);
        String manifest = lines.get(lines.size() - 1);

        ExportFiles.importFile(admin(m), ExportFiles.tampered(file)).then().statusCode(422)
                .body("type", equalTo("/problems/unprocessable")).body("detail", containsString("SHA-256"));
        ExportFiles.importFile(admin(m), ExportFiles.ofSchemaVersion(file, "999")).then().statusCode(422)
                .body("detail", containsString("schema version 999"));
        ExportFiles.importFile(admin(m), ExportFiles.sealed(file.replace("probe-service", "other-service")))
                .then().statusCode(422).body("detail", containsString("other-service"));
        ExportFiles.importFile(admin("GM0035"), file).then().statusCode(422)
                .body("detail", containsString("not of your municipality GM0035"));
        ExportFiles.importFile(admin(m), file.replace("\"probe\":1", "\"probe\":2")).then().statusCode(422)
                .body("detail", containsString("counts 2 records of probe"));
        ExportFiles.importFile(admin(m), lines.get(0) + "\n{\"table\":\"probe\",\"row\":\n" + manifest + "\n")
                .then().statusCode(400).body("errors[0].field", equalTo("line 2"))
                .body("errors[0].code", equalTo("malformed-json"));
        ExportFiles.importFile(admin(m), String.join("\n", lines.subList(0, lines.size() - 1)) + "\n")
                .then().statusCode(400).body("errors[0].message", containsString("without its manifest"));
        ExportFiles.importFile(admin(m), ExportFiles.sealed(file.replace("\"table\":\"probe\"",
                "\"table\":\"nothing\""))).then().statusCode(400).body("errors[0].field", equalTo("line 2: table"));
        String otherMunicipality = ExportFiles.sealed(lines.get(0) + "\n" + lines.get(1).replace(m, "GM0035") + "\n"
                + String.join("\n", lines.subList(2, lines.size())) + "\n");
        ExportFiles.importFile(admin(m), otherMunicipality).then().statusCode(400)
                .body("errors[0].field", equalTo("line 2: row.municipality_code"));
        ExportFiles.importFile(admin(m), ExportFiles.sealed(file.replace("\"size\": 3", "\"size\": \"drie\"")))
                .then().statusCode(422).body("detail", containsString("Line 2"));

        assertEquals(0, ExportFiles.manifest(ExportFiles.export(admin(m), m)).get("records").asLong(),
                "nothing was stored");
        ExportFiles.importFile(admin(m), file).then().statusCode(200);
        read(m, "/v1/probes/" + id);
    }

    @Test
    void onlyAnAdministratorOfTheMunicipalityExportsAndImports() {
        given().auth().oauth2(admin("GM0344")).get("/v1/exports/GM0363").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
        given().auth().oauth2(user("GM0344")).get("/v1/exports/GM0344").then().statusCode(403);
        ExportFiles.importFile(user("GM0344"), "{}\n").then().statusCode(403);
        given().get("/v1/exports/GM0344").then().statusCode(401);
        given().auth().oauth2(admin("GM0344")).contentType(ContentType.JSON).body("{}").post("/v1/imports")
                .then().statusCode(415);
    }

    @Test
    void aFileAboveTheBodyLimitOfOtherRequestsIsImportedInOnePiece() throws Exception {
        String m = "GM0037";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO probe (id, municipality_code,"
                        + " version, created_at, updated_at, name, kind, size) SELECT gen_random_uuid(), ?, 0, now(),"
                        + " now(), jsonb_build_object('nl', repeat('proef ', 40) || i), 'SMALL', i"
                        + " FROM generate_series(1, 2000) i")) {
            insert.setString(1, m);
            insert.executeUpdate();
        }
        String file = ExportFiles.export(admin(m), m);
        assertTrue(file.getBytes(StandardCharsets.UTF_8).length > 256 * 1024, "larger than 256 KiB");
        purge(file);
        ExportFiles.importFile(admin(m), file).then().statusCode(200).body("counts.probe", equalTo(2000));
        assertEquals(ExportFiles.manifest(file).get("sha256"),
                ExportFiles.manifest(ExportFiles.export(admin(m), m)).get("sha256"));
    }
}
