package nl.speelveld.conventions.export;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table of a municipality's export and how its rows belong to a municipality: by its own
 * {@code municipality_code} column, or (a table without one) by a column that refers to a parent table that has it.
 * The columns are read from the database's catalogue ({@link ExportCatalogue}).
 *
 * @param name         the table
 * @param parentColumn the column that refers to the parent's {@code id}; null when the table has municipality_code
 * @param parentTable  the parent table; null when the table has municipality_code
 * @param columns      the columns exported and imported, in the table's order: all but generated columns and the
 *                     installation's own positions ({@link ExportCatalogue#POSITIONS})
 * @param skipped      the other columns (generated, positions): left out of the export, filled in by the database
 * @param orderBy      the export order: creation time then primary key (a record's predecessor comes first), else
 *                     the primary key
 */
public record ExportTable(String name, String parentColumn, String parentTable, List<String> columns,
        List<String> skipped, List<String> orderBy) {

    private static final Pattern SPEC = Pattern.compile("([a-z_]+)(?::([a-z_]+)>([a-z_]+))?");

    /** A table named in {@code speelveld.export.tables}: {@code name}, or {@code name:column>parent}. */
    static ExportTable declared(String spec) {
        Matcher matcher = SPEC.matcher(spec.trim());
        if (!matcher.matches()) {
            throw new IllegalStateException("speelveld.export.tables: '" + spec + "' is not 'table' or"
                    + " 'table:column>parent'");
        }
        return new ExportTable(matcher.group(1), matcher.group(2), matcher.group(3), List.of(), List.of(), List.of());
    }

    ExportTable with(List<String> columns, List<String> skipped, List<String> orderBy) {
        return new ExportTable(name, parentColumn, parentTable, List.copyOf(columns), List.copyOf(skipped),
                List.copyOf(orderBy));
    }

    /** Whether the table has a municipality_code column of its own. */
    public boolean owned() {
        return parentColumn == null;
    }

    /** The condition on alias {@code t} that selects the municipality's rows; one parameter, the municipality. */
    public String scope() {
        return owned() ? "t.municipality_code = ?"
                : "t." + parentColumn + " IN (SELECT p.id FROM " + parentTable + " p WHERE p.municipality_code = ?)";
    }
}
