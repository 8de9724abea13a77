package nl.speelveld.devtools;

import nl.speelveld.devtools.cases.CaseException;
import nl.speelveld.devtools.cases.CaseRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The {@code ./speelveld} command: {@code up [--demo] [--reset] [--containers]} runs the whole system until Ctrl-C or
 * SIGTERM (with {@code --containers} from the images {@code ./speelveld images} built);
 * {@code token GM0344 [scopes…]} prints a development token; {@code case CASE.json…} runs worked cases against the
 * running system with {@link CaseRunner}; {@code backup FILE} and {@code restore FILE} back up and restore the local
 * run's databases with {@link LocalBackup}.
 */
public final class Speelveld {

    static final List<String> DEMO_MUNICIPALITIES = List.of("GM0344", "GM0363");

    private Speelveld() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path data = Path.of(System.getenv().getOrDefault("SPEELVELD_DATA", root.resolve(".speelveld").toString()));
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "up" -> up(root, data, Arrays.asList(args).subList(1, args.length));
            case "token" -> token(data, Arrays.asList(args).subList(1, args.length));
            case "backup", "restore" -> {
                Path caller = Path.of(System.getProperty("speelveld.caller.dir", root.toString()));
                System.exit(backupOrRestore(command, data, caller, Arrays.asList(args).subList(1, args.length)));
            }
            case "case" -> {
                // the launcher script changes to the repository folder; file names are the caller's
                Path caller = Path.of(System.getProperty("speelveld.caller.dir", root.toString()));
                System.exit(CaseRunner.execute("./speelveld case", Arrays.asList(args).subList(1, args.length),
                        caller, () -> devToken(data, "GM0344"), System.out, System.err));
            }
            default -> {
                System.out.println("""
                        usage: ./speelveld up [--demo] [--reset]    run the whole system until Ctrl-C
                                 [--containers]                     … from the images (podman)
                               ./speelveld images [--local-base]    build the three images (podman)
                               ./speelveld token GM0344 [scopes…]   print a development token
                               ./speelveld backup FILE              back up the three databases (online, one
                                                                    consistent moment) into FILE
                               ./speelveld restore FILE             restore FILE into an empty data folder
                               ./speelveld case CASE.json…          load worked cases (examples/cases) into the
                                                                    running system and check their assessments
                                                                    (./speelveld case --help for the options)
                        """);
                System.exit("help".equals(command) ? 0 : 2);
            }
        }
    }

    private static void token(Path data, List<String> args) throws Exception {
        if (args.isEmpty() || !args.get(0).matches("GM\\d{4}")) {
            System.err.println("usage: ./speelveld token GM0344 [scopes…]  (default scopes: all read and write, webhooks:manage)");
            System.exit(2);
        }
        List<String> scopes = args.size() > 1 ? args.subList(1, args.size()) : DevKeys.ALL_SCOPES;
        System.out.println(DevKeys.loadOrCreate(data.resolve("keys")).token(args.get(0), scopes));
    }

    /** {@code backup FILE} / {@code restore FILE} with {@link LocalBackup}; the exit code. */
    private static int backupOrRestore(String command, Path data, Path caller, List<String> args) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            System.err.println("usage: ./speelveld " + command + " FILE");
            return 2;
        }
        if (Postgres.fromEnvironment() != null) {
            System.err.println("./speelveld " + command + ": SPEELVELD_PG_HOST names your own PostgreSQL server;"
                    + " back it up with that server's tools (pg_dump of each database, or its base backups)");
            return 2;
        }
        Path file = caller.resolve(args.get(0));
        Path pgdata = data.resolve("pgdata");
        try {
            if ("backup".equals(command)) {
                LocalBackup.Summary s = LocalBackup.backup(pgdata, file);
                System.out.printf("backed up %s (PostgreSQL %s, databases %s, WAL %s..%s) into %s: %d files,"
                        + " %.1f MB%n", pgdata, s.postgresVersion(), LocalBackup.DATABASES, s.startWal(),
                        s.stopWal(), s.file(), s.files(), s.bytes() / 1e6);
            } else {
                LocalBackup.Summary s = LocalBackup.restore(file, pgdata);
                System.out.printf("restored %s into %s (%d files, recovered to the end of WAL %s);"
                        + " ./speelveld up starts on it%n", file, pgdata, s.files(), s.stopWal());
            }
            return 0;
        } catch (Exception e) {
            System.err.println("./speelveld " + command + ": " + e.getMessage());
            return 1;
        }
    }

    /** A token with all read and write scopes, signed by the local development key pair. */
    private static String devToken(Path data, String municipality) {
        try {
            return DevKeys.loadOrCreate(data.resolve("keys")).token(municipality, DevKeys.ALL_SCOPES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void up(Path root, Path data, List<String> options) throws Exception {
        Instant begin = Instant.now();
        LocalSystem system = new LocalSystem(root, data);
        if (options.contains("--containers")) {
            system.withContainers(LocalSystem.Containers.fromEnvironment(root));
        }
        if (options.contains("--reset")) {
            system.reset();
            LocalSystem.log("removed the stored data under " + data);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            LocalSystem.log("stopping…");
            system.close();
            LocalSystem.log("stopped; data kept in " + data.resolve("pgdata"));
            stopped.countDown();
        }));
        try {
            system.start(Duration.ofMinutes(3));
        } catch (Exception e) {
            LocalSystem.log("start failed: " + e.getMessage());
            System.exit(1);
        }
        LocalSystem.log("all services ready in " + Duration.between(begin, Instant.now()).toMillis() / 1000.0 + " s");
        if (options.contains("--demo")) {
            loadDemo(root, system.services(), system.keys().token("GM0344", DevKeys.ALL_SCOPES));
        }
        StringBuilder banner = new StringBuilder("\n");
        for (LocalSystem.Service s : LocalSystem.SERVICES) {
            banner.append(String.format("  %-20s %s/v1   Swagger UI: %s/q/swagger-ui%n", s.name(), s.url(), s.url()));
        }
        for (String municipality : DEMO_MUNICIPALITIES) {
            banner.append("\n  development token for ").append(municipality).append(" (all read and write scopes):\n  ")
                    .append(system.keys().token(municipality, DevKeys.ALL_SCOPES)).append('\n');
        }
        banner.append("\n  Ctrl-C stops everything.\n");
        System.out.println(banner);
        while (stopped.getCount() > 0) {
            if (!stopping.get() && !system.allAlive()) {
                LocalSystem.log("a service stopped unexpectedly; see the logs under " + data.resolve("logs"));
                System.exit(1);
            }
            Thread.sleep(1000);
        }
    }

    /** Loads and assesses every case under {@code examples/cases} with {@link CaseRunner}. */
    private static void loadDemo(Path root, List<LocalSystem.Service> services, String token) throws IOException {
        Path cases = root.resolve("examples/cases");
        if (!Files.isDirectory(cases)) {
            LocalSystem.log("--demo: no worked cases at " + cases + "; nothing loaded");
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(cases)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        CaseRunner.Options options = CaseRunner.Options.local(token)
                .withUrls(services.get(0).url(), services.get(1).url(), services.get(2).url()).withQuiet(true);
        for (Path file : files) {
            try {
                CaseRunner.Result result = CaseRunner.run(file, options, System.out);
                LocalSystem.log("--demo: " + file.getFileName() + (result.ok() ? " loaded and assessed"
                        : " loaded; its assessment differs from the expected outcome") + " (" + result + ")");
            } catch (CaseException e) {
                LocalSystem.log("--demo: " + file.getFileName() + " could not be loaded: " + e.getMessage());
            }
        }
    }
}
