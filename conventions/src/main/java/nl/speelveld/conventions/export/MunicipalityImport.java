package nl.speelveld.conventions.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.problem.ApiException;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Restores a municipality's export file (docs/export.md) into this installation, in one transaction, streamed: the
 * body is read a line at a time and the records are inserted in batches as they come, with their ids, versions and
 * history. Only into an installation that holds no record of the municipality (409); the file must be this
 * service's, of the caller's municipality and of this schema version (checked on its first line), and its manifest
 * must agree with its lines (counts, SHA-256), or nothing is stored.
 */
@ApplicationScoped
public class MunicipalityImport {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(MunicipalityImport.class);

    private final DataSource dataSource;
    private final ExportCatalogue catalogue;

    MunicipalityImport(DataSource dataSource, ExportCatalogue catalogue) {
        this.dataSource = dataSource;
        this.catalogue = catalogue;
    }

    /** What was restored. */
    public record Restored(String service, String municipalityCode, String schemaVersion, Map<String, Long> counts,
            long records) {
    }

    public Restored restore(String municipality, InputStream body) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Restored restored = restore(connection, municipality, new LineReader(body));
                connection.commit();
                LOG.infof("import of %s: %d records, %d ms", municipality, restored.records(),
                        (System.nanoTime() - started) / 1_000_000);
                return restored;
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The import of " + municipality + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Restored restore(Connection connection, String municipality, LineReader lines)
            throws SQLException, IOException {
        List<ExportTable> tables = catalogue.tables(connection);
        Map<String, ExportTable> byName = new LinkedHashMap<>();
        tables.forEach(table -> byName.put(table.name(), table));
        ExportFile.Identity expected = new ExportFile.Identity(catalogue.service(), municipality,
                catalogue.schemaVersion(connection), ExportFile.FORMAT);
        ExportFile.Tally tally = new ExportFile.Tally(tables);

        byte[] first = lines.next();
        if (first == null) {
            throw ApiException.invalidField("line 1", "is missing: the body is empty", "required");
        }
        tally.line(first);
        ExportFile.Identity identity = header(first);
        refuseOther(identity, expected);
        lockAndRefuseNonEmpty(connection, municipality, tables);

        ExportFile.Manifest manifest = null;
        ApiException unstored = null;
        try (Batches batches = new Batches(connection, municipality)) {
            byte[] bytes;
            while ((bytes = lines.next()) != null) {
                long number = lines.number();
                if (manifest != null) {
                    throw ApiException.invalidField("line " + number, "follows the manifest, which must be the"
                            + " last line", "malformed");
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                JsonNode line = parse(text, number);
                if (line.has("manifest")) {
                    manifest = manifest(line, number);
                    continue;
                }
                tally.line(bytes);
                ExportTable table = record(line, number, byName, municipality);
                tally.count(table.name());
                if (unstored == null) {
                    unstored = batches.add(table, row(text, table, line), number);
                }
            }
            if (unstored == null) {
                unstored = batches.flush();
            }
        }
        if (manifest == null) {
            throw ApiException.invalidField("line " + (lines.number() + 1), "is missing: the file ends without"
                    + " its manifest, so it is incomplete", "required");
        }
        check(manifest, identity, tally);
        if (unstored != null) {
            throw unstored;
        }
        refuseReferencesToOthers(connection, municipality, tables);
        return new Restored(expected.service(), municipality, expected.schemaVersion(), tally.counts(),
                tally.records());
    }

    /** The row's JSON as the file has it (so no number is rewritten), or as read when the line is not canonical. */
    private static String row(String text, ExportTable table, JsonNode line) {
        String prefix = "{\"table\":\"" + table.name() + "\",\"row\":";
        if (text.startsWith(prefix) && text.endsWith("}")) {
            return text.substring(prefix.length(), text.length() - 1);
        }
        return line.get("row").toString();
    }

    private static JsonNode parse(String text, long number) {
        try {
            JsonNode node = ExportFile.JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw ApiException.invalidField("line " + number, "is not a JSON object", "malformed-json");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.invalidField("line " + number, "is not well-formed JSON: "
                    + e.getOriginalMessage(), "malformed-json");
        }
    }

    private static ExportFile.Identity header(byte[] bytes) {
        JsonNode line = parse(new String(bytes, StandardCharsets.UTF_8), 1);
        if (line.size() != 1 || !line.path("export").isObject()) {
            throw ApiException.invalidField("line 1", "must be the file's header {\"export\": {...}}", "malformed");
        }
        try {
            return ExportFile.JSON.treeToValue(line.get("export"), ExportFile.Identity.class);
        } catch (JsonProcessingException e) {
            throw ApiException.invalidField("line 1", "is not an export header: " + e.getOriginalMessage(),
                    "malformed");
        }
    }

    private static ExportFile.Manifest manifest(JsonNode line, long number) {
        if (line.size() != 1 || !line.get("manifest").isObject()) {
            throw ApiException.invalidField("line " + number, "must be {\"manifest\": {...}}", "malformed");
        }
        try {
            return ExportFile.JSON.treeToValue(line.get("manifest"), ExportFile.Manifest.class);
        } catch (JsonProcessingException e) {
            throw ApiException.invalidField("line " + number, "is not a manifest: " + e.getOriginalMessage(),
                    "malformed");
        }
    }

    /** A file of another service, municipality, schema version or format is refused before anything is stored. */
    private static void refuseOther(ExportFile.Identity file, ExportFile.Identity here) {
        if (!here.service().equals(file.service())) {
            throw ApiException.unprocessable("The file is an export of " + file.service() + ", not of "
                    + here.service() + ": import each service's file into that service.");
        }
        if (!here.municipalityCode().equals(file.municipalityCode())) {
            throw ApiException.unprocessable("The file holds the records of municipality " + file.municipalityCode()
                    + ", not of your municipality " + here.municipalityCode() + ".");
        }
        if (!here.schemaVersion().equals(file.schemaVersion())) {
            throw ApiException.unprocessable("The file is of schema version " + file.schemaVersion()
                    + "; this installation is at schema version " + here.schemaVersion()
                    + ". Import it into an installation of the same release as the one that exported it.");
        }
        if (!here.format().equals(file.format())) {
            throw ApiException.unprocessable("The file is of export format " + file.format() + "; this service"
                    + " reads format " + here.format() + ".");
        }
    }

    private static void lockAndRefuseNonEmpty(Connection connection, String municipality, List<ExportTable> tables)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "speelveld-import " + municipality);
            lock.execute();
        }
        List<String> holding = new ArrayList<>();
        for (ExportTable table : tables) {
            if (table.owned() && exists(connection, "SELECT 1 FROM " + table.name() + " t WHERE " + table.scope()
                    + " LIMIT 1", municipality)) {
                holding.add(table.name());
            }
        }
        if (!holding.isEmpty()) {
            throw ApiException.conflict("This installation already holds records of " + municipality + " (in "
                    + String.join(", ", holding) + "). An export is imported only into an installation without"
                    + " records of the municipality.");
        }
    }

    /** The table of a record line, after checking its form, its columns and its municipality. */
    private static ExportTable record(JsonNode line, long number, Map<String, ExportTable> tables,
            String municipality) {
        JsonNode name = line.get("table");
        JsonNode row = line.get("row");
        if (line.size() != 2 || name == null || !name.isTextual() || row == null || !row.isObject()) {
            throw ApiException.invalidField("line " + number, "must be {\"table\": \"...\", \"row\": {...}}",
                    "malformed");
        }
        ExportTable table = tables.get(name.asText());
        if (table == null) {
            throw ApiException.invalidField("line " + number + ": table", "'" + name.asText()
                    + "' is not a table of this service's export", "unknown-code");
        }
        Set<String> given = new HashSet<>();
        row.fieldNames().forEachRemaining(given::add);
        if (!given.equals(new HashSet<>(table.columns()))) {
            Set<String> missing = new HashSet<>(table.columns());
            missing.removeAll(given);
            given.removeAll(table.columns());
            throw ApiException.invalidField("line " + number + ": row", "does not have the columns of "
                    + table.name() + (missing.isEmpty() ? "" : "; missing " + missing)
                    + (given.isEmpty() ? "" : "; unknown " + given), "unknown-property");
        }
        if (table.owned() && !municipality.equals(row.path("municipality_code").asText())) {
            throw ApiException.invalidField("line " + number + ": row.municipality_code", "must be your"
                    + " municipality " + municipality, "unknown-reference");
        }
        return table;
    }

    private static void check(ExportFile.Manifest manifest, ExportFile.Identity header, ExportFile.Tally tally) {
        if (!header.equals(manifest.identity())) {
            throw ApiException.unprocessable("The manifest names " + manifest.identity() + ", the first line "
                    + header + ": the file was changed.");
        }
        String sha256 = tally.sha256();
        if (!sha256.equals(manifest.sha256())) {
            throw ApiException.unprocessable("The SHA-256 of the file's lines is " + sha256 + ", its manifest says "
                    + manifest.sha256() + ": the file was changed or damaged. Nothing was stored.");
        }
        Map<String, Long> declared = manifest.counts() == null ? Map.of() : manifest.counts();
        Set<String> names = new HashSet<>(declared.keySet());
        names.addAll(tally.counts().keySet());
        for (String name : names) {
            long counted = tally.counts().getOrDefault(name, 0L);
            if (!Objects.equals(declared.getOrDefault(name, 0L), counted)) {
                throw ApiException.unprocessable("The manifest counts " + declared.get(name) + " records of " + name
                        + ", the file holds " + counted + ". Nothing was stored.");
            }
        }
        if (!Objects.equals(manifest.records(), tally.records())) {
            throw ApiException.unprocessable("The manifest counts " + manifest.records() + " records, the file"
                    + " holds " + tally.records() + ". Nothing was stored.");
        }
    }

    /**
     * A record may refer (by foreign key) only to records of its own municipality. The municipality had no records
     * before this transaction, so every one of its rows now is one of the file's.
     */
    private static void refuseReferencesToOthers(Connection connection, String municipality, List<ExportTable> tables)
            throws SQLException {
        Set<String> owned = new HashSet<>();
        tables.stream().filter(ExportTable::owned).forEach(table -> owned.add(table.name()));
        try (PreparedStatement keys = connection.prepareStatement("SELECT c.conrelid::regclass::text,"
                + " a.attname, c.confrelid::regclass::text, f.attname FROM pg_constraint c"
                + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                + " JOIN pg_attribute f ON f.attrelid = c.confrelid AND f.attnum = c.confkey[1]"
                + " WHERE c.contype = 'f' AND cardinality(c.conkey) = 1");
                ResultSet rows = keys.executeQuery()) {
            while (rows.next()) {
                String child = rows.getString(1);
                String parent = rows.getString(3);
                if (owned.contains(child) && owned.contains(parent)
                        && exists(connection, "SELECT 1 FROM " + child + " t JOIN " + parent + " p ON p.\""
                                + rows.getString(4) + "\" = t.\"" + rows.getString(2) + "\" WHERE " + "t.municipality_code"
                                + " = ? AND p.municipality_code <> t.municipality_code LIMIT 1", municipality)) {
                    throw ApiException.unprocessable("Records of " + child + " in the file refer to records of "
                            + parent + " of another municipality (" + rows.getString(2) + "). Nothing was stored.");
                }
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String municipality) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, municipality);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
