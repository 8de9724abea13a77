package nl.speelveld.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A municipality's export file (docs/export.md) in the services' tests: exporting and importing through the API,
 * reading its manifest, changing it the ways the import must refuse, and removing the municipality's records so the
 * file can be imported into the same database.
 */
public final class ExportFiles {

    public static final String MEDIA_TYPE = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportFiles() {
    }

    /** GET /v1/exports/{municipality} with the token; the file, after checking 200 and the media type. */
    public static String export(String token, String municipality) {
        Response response = given().auth().oauth2(token).get("/v1/exports/" + municipality);
        response.then().statusCode(200).contentType(MEDIA_TYPE);
        return response.asString();
    }

    /** POST /v1/imports of the file with the token. */
    public static Response importFile(String token, String file) {
        return given().auth().oauth2(token).contentType(MEDIA_TYPE + "; charset=UTF-8")
                .body(file.getBytes(StandardCharsets.UTF_8)).post("/v1/imports");
    }

    public static List<String> lines(String file) {
        return Arrays.asList(file.split("\n"));
    }

    /** The manifest: the last line's {@code manifest} member. */
    public static JsonNode manifest(String file) {
        List<String> lines = lines(file);
        return read(lines.get(lines.size() - 1)).get("manifest");
    }

    /** The file with one byte of a record's text changed: the first letter of the first text value of a record. */
    public static String tampered(String file) {
        List<String> lines = new ArrayList<>(lines(file));
        Pattern text = Pattern.compile("\"(\\w+)\": ?\"([A-Za-z])");
        for (int i = 1; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            Matcher matcher = text.matcher(line);
            matcher.region(line.indexOf("\"row\""), line.length());
            while (matcher.find()) {
                if (!matcher.group(1).equals("municipality_code")) {
                    int at = matcher.start(2);
                    char changed = line.charAt(at) == 'x' ? 'y' : 'x';
                    lines.set(i, line.substring(0, at) + changed + line.substring(at + 1));
                    return String.join("\n", lines) + "\n";
                }
            }
        }
        throw new IllegalArgumentException("The file has no record with a text to change");
    }

    /** The file as another schema version would have written it (header and manifest), digest recomputed. */
    public static String ofSchemaVersion(String file, String version) {
        return sealed(file.replaceAll("\"schemaVersion\":\"[^\"]*\"", "\"schemaVersion\":\"" + version + "\""));
    }

    /** The file with the manifest's SHA-256 recomputed over its other lines (for changes the digest would hide). */
    public static String sealed(String file) {
        List<String> lines = lines(file);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines.subList(0, lines.size() - 1)) {
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            String manifest = lines.get(lines.size() - 1).replaceAll("\"sha256\":\"[0-9a-f]*\"",
                    "\"sha256\":\"" + HexFormat.of().formatHex(digest.digest()) + "\"");
            return String.join("\n", lines.subList(0, lines.size() - 1)) + "\n" + manifest + "\n";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Removes every record of the file from the database, so that it can be imported again: each table's rows of
     * the municipality, and the rows of tables without municipality_code one by one. Triggers (the append-only
     * decision records) and foreign keys are off inside (session_replication_role), so a superuser is needed, as
     * the embedded test server's user is.
     */
    public static void purge(Connection connection, String file) throws SQLException {
        String municipality = manifest(file).get("municipalityCode").asText();
        List<String> lines = lines(file);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL session_replication_role = replica");
            Set<String> emptied = new HashSet<>();
            for (String text : lines.subList(1, lines.size() - 1)) {
                JsonNode line = read(text);
                String table = line.get("table").asText();
                JsonNode row = line.get("row");
                if (row.has("municipality_code")) {
                    if (emptied.add(table)) {
                        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                                + " WHERE municipality_code = ?")) {
                            delete.setString(1, municipality);
                            delete.executeUpdate();
                        }
                    }
                } else {
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                            + " t WHERE to_jsonb(t) @> ?::jsonb")) {
                        delete.setString(1, row.toString());
                        delete.executeUpdate();
                    }
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Into a database without the municipality's records: the file changed by one byte and the file of another schema
     * version are refused (422, saying why) with nothing stored; then the file itself is imported, every record of it,
     * and exporting again gives the same SHA-256. The caller then compares its reads.
     */
    public static void refuseChangedFilesThenImport(String admin, String municipality, String file,
            String otherSchemaVersion) {
        importFile(admin, tampered(file)).then().statusCode(422).body("detail", containsString("SHA-256"));
        importFile(admin, ofSchemaVersion(file, otherSchemaVersion)).then().statusCode(422)
                .body("detail", containsString("schema version " + otherSchemaVersion));
        long stored = manifest(export(admin, municipality)).get("records").asLong();
        if (stored != 0) {
            throw new AssertionError("the refused imports stored " + stored + " records");
        }
        importFile(admin, file).then().statusCode(200).body("records", equalTo(manifest(file).get("records").asInt()));
        JsonNode again = manifest(export(admin, municipality)).get("sha256");
        if (!manifest(file).get("sha256").equals(again)) {
            throw new AssertionError("exported again after the import: SHA-256 " + again + ", the file's "
                    + manifest(file).get("sha256"));
        }
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
