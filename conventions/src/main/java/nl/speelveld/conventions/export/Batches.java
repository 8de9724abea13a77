package nl.speelveld.conventions.export;

import nl.speelveld.conventions.problem.ApiException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inserts the record lines of an import {@value MunicipalityImport#BATCH} at a time, each row through
 * {@code json_populate_record} with exactly the exported columns (generated columns and positions take their
 * defaults). A row of a table without municipality_code is inserted only when its parent is a record of the
 * municipality. A row the database refuses (a constraint, a value of the wrong type) is answered naming its line.
 */
final class Batches implements AutoCloseable {

    private static final Pattern ENTRY = Pattern.compile("Batch entry (\\d+)");

    private final Connection connection;
    private final String municipality;
    private final List<Long> lines = new ArrayList<>();
    private ExportTable table;
    private PreparedStatement insert;

    Batches(Connection connection, String municipality) {
        this.connection = connection;
        this.municipality = municipality;
    }

    /** Adds a row; the answer to a refused batch, or null. */
    ApiException add(ExportTable of, String row, long line) throws SQLException {
        if (table != of) {
            ApiException refused = flush();
            if (refused != null) {
                return refused;
            }
            if (insert != null) {
                insert.close();
            }
            table = of;
            insert = connection.prepareStatement(sql(of));
        }
        insert.setString(1, row);
        if (!of.owned()) {
            insert.setString(2, municipality);
        }
        insert.addBatch();
        lines.add(line);
        return lines.size() >= MunicipalityImport.BATCH ? flush() : null;
    }

    /** Inserts the rows added since the last flush; the answer to a refused batch, or null. */
    ApiException flush() throws SQLException {
        if (lines.isEmpty()) {
            return null;
        }
        try {
            int[] counts = insert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    return ApiException.unprocessable("Line " + lines.get(i) + ": the " + table.parentTable()
                            + " its " + table.parentColumn() + " names is not a record of " + municipality
                            + " in this file. Nothing was stored.");
                }
            }
            return null;
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            String state = cause.getSQLState() == null ? "" : cause.getSQLState();
            if (!state.startsWith("22") && !state.startsWith("23")) {
                throw e;
            }
            Matcher entry = ENTRY.matcher(String.valueOf(e.getMessage()));
            String where = entry.find() && Integer.parseInt(entry.group(1)) < lines.size()
                    ? "Line " + lines.get(Integer.parseInt(entry.group(1)))
                    : "Lines " + lines.get(0) + "-" + lines.get(lines.size() - 1);
            String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("")
                    .replaceFirst("^ERROR: ", "");
            return ApiException.unprocessable(where + ": the record of " + table.name() + " cannot be stored: "
                    + message + ". Nothing was stored.");
        } finally {
            lines.clear();
        }
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }

    private static String sql(ExportTable table) {
        String columns = String.join(", ", table.columns().stream().map(c -> "\"" + c + "\"").toList());
        String sql = "INSERT INTO " + table.name() + " (" + columns + ") SELECT " + columns
                + " FROM json_populate_record(NULL::" + table.name() + ", ?::json) r";
        return table.owned() ? sql : sql + " WHERE EXISTS (SELECT 1 FROM " + table.parentTable() + " p WHERE p.id = r."
                + table.parentColumn() + " AND p.municipality_code = ?)";
    }
}
