package nl.speelveld.conventions.events;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.problem.ApiException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The change feed: a municipality's events in a stable order that only ever grows at the end, read with a cursor.
 *
 * <p><b>What order a reader sees.</b> The feed is ordered by {@code (xid, seq)}: {@code xid} is the id of the
 * transaction that wrote the row ({@code pg_current_xact_id()}, 64-bit, never wraps; PostgreSQL assigns it when the
 * transaction first writes, so here at the change's first insert, update or delete), {@code seq} the order of the
 * rows within it. That is the order in which the writing transactions <em>began writing</em>, not the order in which
 * they committed: if T1 got its id before T2 but commits after it, T2's events wait and are served after T1's. The
 * events of one transaction are consecutive and in the order they were written. Two changes of one resource are
 * serialized by its row lock and version, so they normally appear in version order; a receiver orders the changes
 * of one resource by {@code data.version}.
 *
 * <p><b>Why a reader never misses an event.</b> A sequence number alone is not enough: transaction T1 may take
 * sequence 7 and T2 sequence 8, and T2 commit first; a reader that saw 8 and moved its cursor past it would never see
 * 7. So the feed serves only rows whose {@code xid} lies below {@code pg_snapshot_xmin(pg_current_snapshot())}, the
 * oldest transaction still running anywhere in the cluster, taken from the same snapshot the query reads with. Every
 * transaction below that horizon has ended (committed, so its rows are all visible, or rolled back, so it has none).
 * A row that can still appear comes from a transaction that is running (its id is at or above the horizon) or that
 * has not written yet (it will get a new id, above every id given so far): either way its {@code xid} is above every
 * served row's. So once a row is served, no row can later appear before it in {@code (xid, seq)} order, and a cursor
 * that points past it loses nothing. The price is latency, not loss: an event appears once every transaction that
 * got its id before its own has ended (normally milliseconds; as long as the longest running writing transaction at
 * worst).
 */
@ApplicationScoped
public class EventFeed {

    /** A served event: its position and its JSON exactly as stored. */
    public record Entry(String xid, long seq, String body) {
    }

    /** One page: the events and the cursor to continue from (also on the last page: the feed keeps growing). */
    public record Slice(List<Entry> entries, String next) {
    }

    private final AgroalDataSource dataSource;
    private final Cursors cursors;

    EventFeed(AgroalDataSource dataSource, Cursors cursors) {
        this.dataSource = dataSource;
        this.cursors = cursors;
    }

    public Slice read(String municipality, String after, List<String> types, UUID initiativeId, int limit) {
        String[] position = after == null || after.isBlank() ? new String[] {"0", "0"} : decode(municipality, after);
        StringBuilder sql = new StringBuilder("SELECT xid::text, seq, body FROM event_outbox"
                + " WHERE municipality_code = ? AND (xid, seq) > (?::xid8, ?)"
                + " AND xid < pg_snapshot_xmin(pg_current_snapshot())");
        if (!types.isEmpty()) {
            sql.append(" AND type = ANY (?)");
        }
        if (initiativeId != null) {
            sql.append(" AND initiative_id = ?");
        }
        sql.append(" ORDER BY xid, seq LIMIT ?");
        List<Entry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setString(i++, municipality);
            ps.setString(i++, position[0]);
            ps.setLong(i++, Long.parseLong(position[1]));
            if (!types.isEmpty()) {
                ps.setArray(i++, c.createArrayOf("varchar", types.toArray()));
            }
            if (initiativeId != null) {
                ps.setObject(i++, initiativeId);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getString(1), rs.getLong(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event feed", e);
        }
        String next = entries.isEmpty() ? encode(municipality, position[0], Long.parseLong(position[1]))
                : encode(municipality, entries.get(entries.size() - 1).xid(), entries.get(entries.size() - 1).seq());
        return new Slice(entries, next);
    }

    private String encode(String municipality, String xid, long seq) {
        return cursors.seal(scope(municipality), xid, Long.toString(seq));
    }

    private String[] decode(String municipality, String cursor) {
        String[] fields = cursors.open(cursor, scope(municipality), 2);
        if (fields != null && fields[0].matches("[0-9]{1,20}") && fields[1].matches("[0-9]{1,19}")) {
            return fields;
        }
        throw ApiException.invalidField("after", "is not a cursor this feed gave you (it was changed, or belongs"
                + " to another municipality)", "invalid-cursor");
    }

    private static String scope(String municipality) {
        return municipality + "|event-feed";
    }
}
