package nl.speelveld.conventions.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a municipality's export of this service holds: the service's own tables ({@code speelveld.export.tables}, in
 * foreign-key order) and then the event tables every service has. Every table of the database must be one of these
 * or {@link #TRANSIENT}: a table added later without a place here stops the export instead of being left out.
 */
@ApplicationScoped
public class ExportCatalogue {

    /** The event tables of conventions' db/conventions migration, in every service's database. */
    static final List<String> EVENT_TABLES = List.of("webhook_subscription", "webhook_delivery", "webhook_attempt",
            "event_outbox");
    /** Not exported: idempotency keys are kept 24 hours for retries only; the migration history is the installation's. */
    static final Set<String> TRANSIENT = Set.of("idempotency_key", "flyway_schema_history");
    /**
     * Columns that are positions in this installation, not data: an event's place in the change feed (in the feed's
     * order). They are not exported, but give the export's order; an import gives the events new positions after
     * every existing one, in the file's order, so the feed keeps their order (see docs/export.md).
     */
    static final Map<String, List<String>> POSITIONS = Map.of("event_outbox", List.of("xid", "seq"));

    private final String service;
    private final List<ExportTable> declared;
    private volatile List<ExportTable> resolved;

    ExportCatalogue(@ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "speelveld.export.tables") Optional<List<String>> tables) {
        this.service = service;
        List<ExportTable> all = new ArrayList<>();
        tables.orElse(List.of()).forEach(spec -> all.add(ExportTable.declared(spec)));
        EVENT_TABLES.forEach(name -> all.add(ExportTable.declared(name)));
        this.declared = List.copyOf(all);
    }

    public String service() {
        return service;
    }

    /** The tables in foreign-key order with their columns, read from the database once. */
    public List<ExportTable> tables(Connection connection) throws SQLException {
        List<ExportTable> tables = resolved;
        if (tables == null) {
            tables = resolve(connection);
            resolved = tables;
        }
        return tables;
    }

    /** The schema version: the service's last applied Flyway migration. */
    public String schemaVersion(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT version FROM flyway_schema_history"
                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("The database has no applied migration");
            }
            return rows.getString(1);
        }
    }

    private List<ExportTable> resolve(Connection connection) throws SQLException {
        Set<String> uncovered = new TreeSet<>(strings(connection, "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", null));
        uncovered.removeAll(TRANSIENT);
        List<ExportTable> tables = new ArrayList<>();
        for (ExportTable table : declared) {
            if (!uncovered.remove(table.name())) {
                throw new IllegalStateException("speelveld.export.tables names '" + table.name()
                        + "', which is not a table of this database (or is named twice)");
            }
            List<String> columns = new ArrayList<>(strings(connection, "SELECT column_name FROM"
                    + " information_schema.columns WHERE table_schema = current_schema() AND table_name = ?"
                    + " AND is_generated = 'NEVER' ORDER BY ordinal_position", table.name()));
            List<String> positions = POSITIONS.getOrDefault(table.name(), List.of());
            columns.removeAll(positions);
            List<String> skipped = new ArrayList<>(strings(connection, "SELECT column_name FROM"
                    + " information_schema.columns WHERE table_schema = current_schema() AND table_name = ?"
                    + " ORDER BY ordinal_position", table.name()));
            skipped.removeAll(columns);
            List<String> key = strings(connection, "SELECT a.attname FROM pg_index i JOIN pg_attribute a"
                    + " ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) WHERE i.indisprimary"
                    + " AND i.indrelid = to_regclass(?) ORDER BY array_position(i.indkey::int2[], a.attnum)",
                    table.name());
            List<String> orderBy = new ArrayList<>(positions);
            if (positions.isEmpty() && columns.contains("created_at")) {
                orderBy.add("created_at");
            }
            if (positions.isEmpty()) {
                orderBy.addAll(key);
            }
            tables.add(table.with(columns, skipped, orderBy));
        }
        if (!uncovered.isEmpty()) {
            throw new IllegalStateException("The tables " + uncovered + " are neither exported"
                    + " (speelveld.export.tables) nor transient: a municipality's export would leave them out");
        }
        return List.copyOf(tables);
    }

    private static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
