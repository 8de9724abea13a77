package nl.speelveld.devtools;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link LocalBackup} on a real embedded PostgreSQL with the three databases, while a writer commits all the time:
 * row n goes into {@code initiative}, then (another transaction, another database) into {@code stakeholder}. The
 * restored cluster holds, in each database, rows 1..k without a gap (nothing half-written) and the two databases are
 * of one moment: {@code stakeholder} has the same rows as {@code initiative} or one fewer. Per-database dumps taken
 * one after the other would let them drift apart by as many rows as were written in between.
 */
class LocalBackupTest {

    @TempDir
    Path dir;
    private Postgres running;

    @AfterEach
    void stop() throws IOException {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void shouldRestoreOneConsistentMomentOfTheThreeDatabasesWhileWritesGoOn() throws Exception {
        Path pgdata = dir.resolve("a/pgdata");
        running = Postgres.embeddedPersistent(pgdata, 0);
        for (String db : LocalBackup.DATABASES) {
            running.ensureDatabase(db);
            sql(running.jdbcUrl(db), "CREATE TABLE t (n BIGINT PRIMARY KEY, v TEXT NOT NULL)");
        }
        assertEquals(running.port(), LocalBackup.runningPort(pgdata));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong written = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (Connection i = DriverManager.getConnection(running.jdbcUrl("initiative"), "postgres", "postgres");
                 Connection s = DriverManager.getConnection(running.jdbcUrl("stakeholder"), "postgres", "postgres");
                 Statement si = i.createStatement(); Statement ss = s.createStatement()) {
                for (long n = 1; !stop.get(); n++) {
                    si.execute("INSERT INTO t VALUES (" + n + ", repeat('x', 2000))");
                    ss.execute("INSERT INTO t VALUES (" + n + ", repeat('y', 2000))");
                    written.set(n);
                }
            } catch (SQLException e) {
                failure.set(e);
            }
        });
        writer.start();
        while (written.get() < 2000) {
            Thread.sleep(20);
        }
        long beforeBackup = written.get();
        Path file = dir.resolve("backups/local.zip");
        LocalBackup.Summary summary = LocalBackup.backup(pgdata, file);
        long afterBackup = written.get();
        stop.set(true);
        writer.join();
        assertNull(failure.get());
        assertTrue(afterBackup > beforeBackup, "the writer must have written during the backup");
        assertTrue(summary.files() > 100 && Files.size(file) == summary.bytes(), summary.toString());
        assertFalse(Files.exists(dir.resolve("backups/local.zip.partial")));
        running.close();
        running = null;

        Path restored = dir.resolve("b/pgdata");
        LocalBackup.restore(file, restored);
        running = Postgres.embeddedPersistent(restored, 0);
        long initiative = prefix(running.jdbcUrl("initiative"));
        long stakeholder = prefix(running.jdbcUrl("stakeholder"));
        assertTrue(initiative >= beforeBackup && initiative <= afterBackup + 1,
                initiative + " rows; " + beforeBackup + " before the backup, " + afterBackup + " after");
        assertTrue(stakeholder == initiative || stakeholder == initiative - 1,
                "initiative has rows 1.." + initiative + ", stakeholder 1.." + stakeholder + ": not one moment");
        assertEquals(0, prefix(running.jdbcUrl("assessment")));
    }

    @Test
    void shouldRefuseANonEmptyDataFolderAndLeaveItAsItWas() throws Exception {
        Path file = dir.resolve("some.zip");
        writeZip(file, "speelveld-backup.json", "{\"format\": \"speelveld-local-backup/1\"}");
        Path pgdata = Files.createDirectories(dir.resolve("pgdata"));
        Files.writeString(pgdata.resolve("PG_VERSION"), "17\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LocalBackup.restore(file, pgdata));
        assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
        assertEquals("17\n", Files.readString(pgdata.resolve("PG_VERSION")));
    }

    @Test
    void shouldRefuseAFileThatIsNoBackup() throws Exception {
        Path file = dir.resolve("other.zip");
        writeZip(file, "PG_VERSION", "17\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalBackup.restore(file, dir.resolve("pgdata")));
        assertTrue(e.getMessage().contains("no ./speelveld backup"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("pgdata")));
    }

    @Test
    void shouldRefuseAnEntryOutsideTheDataFolderAndRemoveWhatItWrote() throws Exception {
        Path file = dir.resolve("evil.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String[] entry : new String[][] {{"speelveld-backup.json", "{\"format\": \"speelveld-local-backup/1\"}"},
                    {"PG_VERSION", "17\n"}, {"../escaped", "x"}}) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path pgdata = dir.resolve("target/pgdata");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalBackup.restore(file, pgdata));
        assertTrue(e.getMessage().contains("outside the data folder"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("target/escaped")));
        assertFalse(Files.exists(pgdata));
    }

    @Test
    void shouldRefuseAFolderThatIsNoDataFolder() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LocalBackup.backup(dir.resolve("nothing"), dir.resolve("x.zip")));
        assertTrue(e.getMessage().contains("no PostgreSQL data folder"), e.getMessage());
    }

    /** The number of rows, after checking that they are exactly 1..count (no gap, nothing half-written). */
    private static long prefix(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             Statement st = c.createStatement()) {
            if (!exists(st)) {
                return 0;
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*), coalesce(max(n), 0), coalesce(sum(length(v)), 0)"
                    + " FROM t")) {
                rs.next();
                assertEquals(rs.getLong(1), rs.getLong(2), url + ": rows are not 1..n");
                assertEquals(rs.getLong(1) * 2000, rs.getLong(3), url + ": a row is not whole");
                return rs.getLong(1);
            }
        }
    }

    private static boolean exists(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT to_regclass('t') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void sql(String url, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static void writeZip(Path file, String name, String content) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
