package nl.speelveld.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code ./speelveld backup FILE} and {@code ./speelveld restore FILE} for the local run's embedded PostgreSQL.
 *
 * <p>The backup is PostgreSQL's own online base backup, taken over JDBC with the low-level API (the embedded binaries
 * have no {@code pg_dump} or {@code pg_basebackup}): {@code pg_backup_start}, a copy of the data folder, then
 * {@code pg_backup_stop} and a copy of the WAL written meanwhile, which a temporary replication slot keeps from being
 * recycled. The services keep running. Restoring replays that WAL up to the moment {@code pg_backup_stop} returned,
 * so the three databases come back <em>as of one and the same moment</em>, with every committed transaction up to it
 * and none after: consistent within and across the databases. The file is a zip of the data folder with
 * {@code backup_label} and a small manifest ({@value #MANIFEST}); it restores with the same PostgreSQL major version
 * (the one the devtools ship), into an empty data folder only.
 */
public final class LocalBackup {

    static final String MANIFEST = "speelveld-backup.json";
    static final String FORMAT = "speelveld-local-backup/1";
    static final List<String> DATABASES = List.of("initiative", "stakeholder", "assessment");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLOT = "speelveld_backup";
    // What PostgreSQL's own base backup leaves out (src/backend/backup/basebackup.c): runtime state that a started
    // server makes anew. The folders themselves are kept, empty.
    private static final Set<String> SKIP_FILES = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "backup_label.old", "tablespace_map", "current_logfiles");
    private static final Set<String> EMPTY_DIRS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    /** What a backup or restore did, for the command's output and the tests. */
    public record Summary(Path file, long bytes, int files, String startWal, String stopWal, String postgresVersion) {
    }

    private LocalBackup() {
    }

    /**
     * Backs up the cluster in {@code pgdata} into {@code file}: from the server running on it when there is one (a
     * running {@code ./speelveld up}), else from a server started on it for the backup and stopped after.
     */
    public static Summary backup(Path pgdata, Path file) throws IOException, SQLException {
        if (!Files.isRegularFile(pgdata.resolve("PG_VERSION"))) {
            throw new IllegalStateException("no PostgreSQL data folder at " + pgdata + ": nothing to back up");
        }
        Integer port = runningPort(pgdata);
        if (port != null) {
            return backup(pgdata, file, "jdbc:postgresql://localhost:" + port + "/postgres");
        }
        try (Postgres pg = Postgres.embeddedPersistent(pgdata, 0)) {
            return backup(pgdata, file, pg.jdbcUrl("postgres"));
        }
    }

    static Summary backup(Path pgdata, Path file, String jdbcUrl) throws IOException, SQLException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        int files = 0;
        String startWal;
        String stopWal;
        String version;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement st = c.createStatement();
             OutputStream raw = Files.newOutputStream(partial);
             ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.setLevel(Deflater.BEST_SPEED);
            version = single(st, "SHOW server_version_num");
            List<String> missing = new ArrayList<>(DATABASES);
            try (ResultSet rs = st.executeQuery("SELECT datname FROM pg_database")) {
                while (rs.next()) {
                    missing.remove(rs.getString(1));
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the server on " + pgdata + " has no database " + missing
                        + "; start the system once (./speelveld up) before backing it up");
            }
            // A temporary slot (dropped when this session ends) that reserves WAL from now on: no checkpoint during
            // the copy may recycle a segment the restore needs.
            st.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true, true)");
            try (ResultSet rs = st.executeQuery("SELECT pg_walfile_name(lsn) FROM pg_backup_start("
                    + "'./speelveld backup " + Instant.now() + "', true) AS lsn")) {
                rs.next();
                startWal = rs.getString(1);
            }
            files += copyDataFolder(pgdata, zip);
            String label;
            String map;
            try (ResultSet rs = st.executeQuery("SELECT pg_walfile_name(lsn), labelfile, spcmapfile"
                    + " FROM pg_backup_stop(false)")) {
                rs.next();
                stopWal = rs.getString(1);
                label = rs.getString(2);
                map = rs.getString(3);
            }
            files += copyWal(pgdata, zip, startWal, stopWal);
            put(zip, "backup_label", label.getBytes(StandardCharsets.UTF_8));
            if (map != null && !map.isEmpty()) {
                put(zip, "tablespace_map", map.getBytes(StandardCharsets.UTF_8));
            }
            ObjectNode manifest = JSON.createObjectNode()
                    .put("format", FORMAT)
                    .put("createdAt", Instant.now().toString())
                    .put("postgresVersionNum", version)
                    .put("startWal", startWal)
                    .put("stopWal", stopWal);
            DATABASES.forEach(manifest.putArray("databases")::add);
            put(zip, MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.finish();
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(target, Files.size(target), files, startWal, stopWal, version);
    }

    /**
     * Restores {@code file} into {@code pgdata}, which must be absent or empty, then starts PostgreSQL on it once so
     * that it replays the backup's WAL to the backup's moment, checks that the three databases are there, and stops
     * it cleanly. The next {@code ./speelveld up} starts on the restored data.
     */
    public static Summary restore(Path file, Path pgdata) throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is no file");
        }
        if (Files.isDirectory(pgdata)) {
            try (Stream<Path> entries = Files.list(pgdata)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(pgdata + " is not empty: a restore goes into an empty data"
                            + " folder. Stop the system and move it away (or ./speelveld up --reset, which deletes"
                            + " it), then restore again.");
                }
            }
        }
        JsonNode manifest = readManifest(file);
        Files.createDirectories(pgdata);
        int files = 0;
        try {
            files = unzip(file, pgdata);
            Files.setPosixFilePermissions(pgdata, PosixFilePermissions.fromString("rwx------"));
            // Recovery: PostgreSQL sees backup_label, replays pg_wal from the backup's checkpoint to its end and
            // opens the databases; a clean stop then writes a checkpoint.
            try (Postgres pg = Postgres.embeddedForRecovery(pgdata)) {
                try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), "postgres", "postgres");
                     Statement st = c.createStatement()) {
                    if (!single(st, "SHOW server_version_num").equals(text(manifest, "postgresVersionNum"))) {
                        throw new IllegalStateException("the backup is of PostgreSQL " + text(manifest,
                                "postgresVersionNum") + "; this one is " + single(st, "SHOW server_version_num"));
                    }
                    for (String db : DATABASES) {
                        if (!"1".equals(single(st, "SELECT count(*) FROM pg_database WHERE datname = '" + db + "'"))) {
                            throw new IllegalStateException("the restored server has no database " + db);
                        }
                    }
                }
            }
        } catch (IOException | SQLException | RuntimeException e) {
            deleteTree(pgdata);
            throw e;
        }
        return new Summary(file, Files.size(file), files, text(manifest, "startWal"), text(manifest, "stopWal"),
                text(manifest, "postgresVersionNum"));
    }

    /** The port of the PostgreSQL running on {@code pgdata} (from its postmaster.pid), or null when none runs. */
    static Integer runningPort(Path pgdata) throws IOException {
        Path pid = pgdata.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return null;
        }
        if (lines.size() < 4 || !ProcessHandle.of(Long.parseLong(lines.get(0).trim())).map(ProcessHandle::isAlive)
                .orElse(false)) {
            return null;
        }
        return Integer.parseInt(lines.get(3).trim());
    }

    private static int copyDataFolder(Path pgdata, ZipOutputStream zip) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(pgdata)) {
            all = walk.sorted().toList();
        }
        int count = 0;
        for (Path p : all) {
            Path rel = pgdata.relativize(p);
            if (rel.toString().isEmpty()) {
                continue;
            }
            String name = rel.toString().replace('\\', '/');
            String top = rel.getName(0).toString();
            if (Files.isDirectory(p)) {
                // pg_wal's own folders (archive_status, summaries) are kept; the WAL itself is copied after the stop
                if (!(EMPTY_DIRS.contains(top) && rel.getNameCount() > 1) || "pg_wal".equals(top)) {
                    zip.putNextEntry(new ZipEntry(name + "/"));
                    zip.closeEntry();
                }
                continue;
            }
            if (EMPTY_DIRS.contains(top) || (rel.getNameCount() == 1 && SKIP_FILES.contains(name))
                    || rel.getFileName().toString().startsWith("pgsql_tmp")) {
                continue;
            }
            count += copyFile(p, name, zip) ? 1 : 0;
        }
        return count;
    }

    /** Copies pg_wal's segments from {@code startWal} to {@code stopWal}; fails when one of them is missing. */
    private static int copyWal(Path pgdata, ZipOutputStream zip, String startWal, String stopWal) throws IOException {
        Set<String> segments = new TreeSet<>();
        try (Stream<Path> list = Files.list(pgdata.resolve("pg_wal"))) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.matches("[0-9A-F]{24}"))
                    .filter(n -> n.startsWith(startWal.substring(0, 8)))
                    .filter(n -> n.substring(8).compareTo(startWal.substring(8)) >= 0
                            && n.substring(8).compareTo(stopWal.substring(8)) <= 0)
                    .forEach(segments::add);
        }
        long first = segmentNumber(startWal);
        long last = segmentNumber(stopWal);
        Set<Long> have = new TreeSet<>();
        for (String s : segments) {
            have.add(segmentNumber(s));
        }
        for (long n = first; n <= last; n++) {
            if (!have.contains(n)) {
                throw new IllegalStateException("WAL segment " + n + " between " + startWal + " and " + stopWal
                        + " is missing from pg_wal; the backup would not restore");
            }
        }
        int count = 0;
        for (String s : segments) {
            count += copyFile(pgdata.resolve("pg_wal").resolve(s), "pg_wal/" + s, zip) ? 1 : 0;
        }
        return count;
    }

    /** A WAL file name is timeline (8 hex) + log (8 hex) + segment (8 hex); 16 MB segments: 256 per log. */
    private static long segmentNumber(String walFile) {
        return Long.parseLong(walFile.substring(8, 16), 16) * 0x100L + Long.parseLong(walFile.substring(16), 16);
    }

    /** Copies one file; a file that disappears meanwhile (a dropped relation) is skipped, as PostgreSQL does. */
    private static boolean copyFile(Path p, String name, ZipOutputStream zip) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(p);
        } catch (NoSuchFileException gone) {
            return false;
        }
        try (in) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        }
        return true;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static JsonNode readManifest(Path file) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (MANIFEST.equals(e.getName())) {
                    JsonNode manifest = JSON.readTree(in.readAllBytes());
                    if (!FORMAT.equals(manifest.path("format").asText())) {
                        throw new IllegalArgumentException(file + " is a backup of another format ("
                                + manifest.path("format").asText() + "); expected " + FORMAT);
                    }
                    return manifest;
                }
            }
        }
        throw new IllegalArgumentException(file + " is no ./speelveld backup (it has no " + MANIFEST + ")");
    }

    private static int unzip(Path file, Path pgdata) throws IOException {
        int count = 0;
        Path root = pgdata.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (MANIFEST.equals(e.getName())) {
                    continue;
                }
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new IllegalArgumentException(file + ": entry " + e.getName() + " points outside the"
                            + " data folder");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                    count++;
                }
            }
        }
        return count;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (DirectoryNotEmptyException | NoSuchFileException ignored) {
                    // best effort: what is left is named in the error the caller reports
                }
            }
        }
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText();
    }
}
