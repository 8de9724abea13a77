package nl.speelveld.conventions.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Writes every record of one municipality as an export file (docs/export.md), streamed: one read-only
 * repeatable-read transaction (one consistent moment across the tables), rows fetched 500 at a time through a
 * cursor and written as they come, so memory stays the same whatever the size.
 */
@ApplicationScoped
public class MunicipalityExport {

    static final int FETCH_SIZE = 500;
    private static final Logger LOG = Logger.getLogger(MunicipalityExport.class);

    private final DataSource dataSource;
    private final ExportCatalogue catalogue;

    MunicipalityExport(DataSource dataSource, ExportCatalogue catalogue) {
        this.dataSource = dataSource;
        this.catalogue = catalogue;
    }

    /** Writes the file; a failure half-way ends the stream without a manifest, so the file is seen to be cut off. */
    public void write(String municipality, OutputStream target) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                ExportFile.Tally tally = write(connection, municipality, target);
                LOG.infof("export of %s: %d records, sha256 %s, %d ms", municipality, tally.records(),
                        tally.sha256(), (System.nanoTime() - started) / 1_000_000);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The export of " + municipality + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExportFile.Tally write(Connection connection, String municipality, OutputStream target)
            throws SQLException, IOException {
        var tables = catalogue.tables(connection);
        ExportFile.Identity identity = new ExportFile.Identity(catalogue.service(), municipality,
                catalogue.schemaVersion(connection), ExportFile.FORMAT);
        ExportFile.Tally tally = new ExportFile.Tally(tables);
        OutputStream out = new BufferedOutputStream(target, 64 * 1024);
        writeLine(out, tally.line(ExportFile.line(new ExportFile.Header(identity))));
        for (ExportTable table : tables) {
            String sql = "SELECT (to_jsonb(t) - ?::text[])::text FROM " + table.name() + " t WHERE " + table.scope()
                    + " ORDER BY " + String.join(", ", table.orderBy().stream().map(c -> "t." + c).toList());
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("text", table.skipped().toArray()));
                statement.setString(2, municipality);
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        writeLine(out, tally.line(ExportFile.record(table.name(), rows.getString(1))));
                        tally.count(table.name());
                    }
                }
            }
        }
        String sha256 = tally.sha256();
        ExportFile.Manifest manifest = new ExportFile.Manifest(identity.service(), municipality,
                identity.schemaVersion(), ExportFile.FORMAT, tally.counts(), tally.records(), sha256,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        writeLine(out, ExportFile.line(new ExportFile.ManifestLine(manifest)).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return tally;
    }

    private static void writeLine(OutputStream out, byte[] line) throws IOException {
        out.write(line);
        out.write('\n');
    }
}
