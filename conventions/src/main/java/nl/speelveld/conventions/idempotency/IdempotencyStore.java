package nl.speelveld.conventions.idempotency;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Keeps the idempotency keys of creates in the service's own database. Each statement commits on its own, outside
 * the create's transaction, so a concurrent request with the same key sees the claim at once.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** What a key stands for when a request arrives with it. */
    public sealed interface Claim {
    }

    /** The key is new: this request does the work. */
    public record Fresh() implements Claim {
    }

    /** The same key with another body. */
    public record Mismatch() implements Claim {
    }

    /** The first request with this key is still being processed. */
    public record InFlight() implements Claim {
    }

    /** The stored answer of the first request, to be replayed. */
    public record Stored(int status, byte[] body, String location, String etag) implements Claim {
    }

    private final AgroalDataSource dataSource;

    IdempotencyStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Claim claim(String tenant, String key, String requestHash) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement expire = c.prepareStatement("DELETE FROM idempotency_key WHERE municipality_code = ?"
                    + " AND idempotency_key = ? AND created_at < now() - interval '24 hours'")) {
                expire.setString(1, tenant);
                expire.setString(2, key);
                expire.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO idempotency_key (municipality_code,"
                    + " idempotency_key, request_hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, tenant);
                insert.setString(2, key);
                insert.setString(3, requestHash);
                if (insert.executeUpdate() == 1) {
                    return new Fresh();
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT request_hash, completed, response_status,"
                    + " response_body, response_location, response_etag FROM idempotency_key"
                    + " WHERE municipality_code = ? AND idempotency_key = ?")) {
                select.setString(1, tenant);
                select.setString(2, key);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return new InFlight();
                    }
                    if (!rs.getString(1).equals(requestHash)) {
                        return new Mismatch();
                    }
                    if (!rs.getBoolean(2)) {
                        return new InFlight();
                    }
                    return new Stored(rs.getInt(3), rs.getBytes(4), rs.getString(5), rs.getString(6));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key store unavailable", e);
        }
    }

    public void complete(String tenant, String key, int status, byte[] body, String location, String etag) {
        update("UPDATE idempotency_key SET completed = TRUE, response_status = ?, response_body = ?,"
                + " response_location = ?, response_etag = ? WHERE municipality_code = ? AND idempotency_key = ?",
                ps -> {
                    ps.setInt(1, status);
                    ps.setBytes(2, body);
                    ps.setString(3, location);
                    ps.setString(4, etag);
                    ps.setString(5, tenant);
                    ps.setString(6, key);
                });
    }

    /** Forgets a key whose request failed, so that a corrected retry with the same key can succeed. */
    public void release(String tenant, String key) {
        update("DELETE FROM idempotency_key WHERE municipality_code = ? AND idempotency_key = ? AND NOT completed",
                ps -> {
                    ps.setString(1, tenant);
                    ps.setString(2, key);
                });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key store unavailable", e);
        }
    }
}
