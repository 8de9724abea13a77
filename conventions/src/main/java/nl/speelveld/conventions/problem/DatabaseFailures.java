package nl.speelveld.conventions.problem;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a lost database from a bug. A failure whose causes include a connection error (SQLState class {@code 08}),
 * a server shutting down or terminating the session ({@code 57P01}-{@code 57P03}), too many connections
 * ({@code 53300}), or a pool that could not hand out a connection in time, is a 503 with {@code Retry-After}: the
 * client may retry, and the pool replaces the broken connections by itself, so the service recovers without a
 * restart.
 */
public final class DatabaseFailures {

    /** What a client is told to wait before retrying. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        return cause(failure) != null;
    }

    /** One line for the log: the class and message of the cause that showed the database was lost. */
    static String describe(Throwable failure) {
        Throwable cause = cause(failure);
        return cause == null ? "" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The first cause, or exception suppressed along the way (a failed commit's rollback), that shows it. */
    private static Throwable cause(Throwable failure) {
        return cause(failure, 0);
    }

    private static Throwable cause(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return t;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return t;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("acquisition timeout") || message.contains("this connection has been closed")) {
                return t;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                Throwable found = cause(suppressed, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("53300"));
    }
}
