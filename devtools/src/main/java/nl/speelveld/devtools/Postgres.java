package nl.speelveld.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL: either a server named by the environment ({@code SPEELVELD_PG_HOST}, {@code SPEELVELD_PG_PORT},
 * {@code SPEELVELD_PG_USER}, {@code SPEELVELD_PG_PASSWORD}), or an embedded one from zonky's binaries, which needs
 * nothing but a JDK (it also works as root).
 */
public final class Postgres implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private Postgres(EmbeddedPostgres embedded, String host, int port, String user, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** The server named by the environment, or null when none is named. */
    public static Postgres fromEnvironment() {
        String host = System.getenv("SPEELVELD_PG_HOST");
        if (host == null || host.isBlank()) {
            return null;
        }
        String port = System.getenv().getOrDefault("SPEELVELD_PG_PORT", "5432");
        return new Postgres(null, host, Integer.parseInt(port), System.getenv().getOrDefault("SPEELVELD_PG_USER",
                "postgres"), System.getenv().getOrDefault("SPEELVELD_PG_PASSWORD", ""));
    }

    /** A throw-away embedded server for tests: random port, fast settings, data removed on close. */
    public static Postgres embeddedForTests() throws IOException {
        return start(EmbeddedPostgres.builder(), 0);
    }

    /** A durable embedded server for the local run: data kept in {@code dataDir} between runs, fsync on. */
    public static Postgres embeddedPersistent(Path dataDir, int port) throws IOException {
        return start(durable(dataDir), port);
    }

    /**
     * The local run's server ({@code ./speelveld up}): as {@link #embeddedPersistent}, but stopped only by its owner.
     * The library registers a JVM shutdown hook that stops PostgreSQL at once; at Ctrl-C or SIGTERM it ran beside the
     * launcher's own hook, which first waits for the services' graceful shutdown, so the services spent their last
     * seconds without a database ("This connection has been closed", "Could not claim webhook deliveries").
     * {@link LocalSystem#close()} stops the services first and this server last.
     */
    static Postgres embeddedForLocalRun(Path dataDir, int port) throws IOException {
        return start(durable(dataDir).setRegisterShutdownHook(false), port);
    }

    /**
     * The local run's server on a restored data folder ({@link LocalBackup#restore}): a random port and time for the
     * WAL replay of the recovery before it accepts connections.
     */
    static Postgres embeddedForRecovery(Path dataDir) throws IOException {
        return start(durable(dataDir).setPGStartupWait(Duration.ofMinutes(5)), 0);
    }

    /** Starts the embedded server {@code builder} describes, on {@code port} when it is positive, else on a free one. */
    private static Postgres start(EmbeddedPostgres.Builder builder, int port) throws IOException {
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        return new Postgres(pg, "localhost", pg.getPort(), "postgres", "postgres");
    }

    /** The local run's server settings: data kept in {@code dataDir}, every commit on disk, room for three pools. */
    private static EmbeddedPostgres.Builder durable(Path dataDir) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "120");
    }

    /** Creates {@code database} when it does not exist yet and returns its JDBC URL. */
    public String ensureDatabase(String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return jdbcUrl(database);
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + database);
            }
        }
        return jdbcUrl(database);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
