package nl.speelveld.devtools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code ./speelveld} command: {@code up [--demo] [--reset]} runs the whole system until Ctrl-C or SIGTERM;
 * {@code token GM0344 [scopes…]} prints a development token.
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
            default -> {
                System.out.println("""
                        usage: ./speelveld up [--demo] [--reset]    run the whole system until Ctrl-C
                               ./speelveld token GM0344 [scopes…]   print a development token
                        """);
                System.exit("help".equals(command) ? 0 : 2);
            }
        }
    }

    private static void token(Path data, List<String> args) throws Exception {
        if (args.isEmpty() || !args.get(0).matches("GM\\d{4}")) {
            System.err.println("usage: ./speelveld token GM0344 [scopes…]  (default scopes: all read and write)");
            System.exit(2);
        }
        List<String> scopes = args.size() > 1 ? args.subList(1, args.size()) : DevKeys.ALL_SCOPES;
        System.out.println(DevKeys.loadOrCreate(data.resolve("keys")).token(args.get(0), scopes));
    }

    private static void up(Path root, Path data, List<String> options) throws Exception {
        Instant begin = Instant.now();
        LocalSystem system = new LocalSystem(root, data);
        if (options.contains("--reset")) {
            system.reset();
            LocalSystem.log("removed the stored data under " + data);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
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
            loadDemo(root, system.keys().token("GM0344", DevKeys.ALL_SCOPES));
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
            if (!system.allAlive()) {
                LocalSystem.log("a service stopped unexpectedly; see the logs under " + data.resolve("logs"));
                System.exit(1);
            }
            Thread.sleep(1000);
        }
    }

    private static void loadDemo(Path root, String token) throws Exception {
        Path cases = root.resolve("../shared/acceptance/cases").normalize();
        Path runner = root.resolve("../shared/acceptance/run-case.py").normalize();
        if (!Files.isDirectory(cases) || !Files.exists(runner)) {
            LocalSystem.log("--demo: no worked cases at " + cases + "; nothing loaded");
            return;
        }
        for (String name : List.of("case-a-energy.json", "case-b-park.json")) {
            Path file = cases.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> command = new ArrayList<>(List.of("python3", runner.toString(), file.toString(),
                    "--token", token, "--quiet"));
            try {
                Process p = new ProcessBuilder(command).inheritIO().start();
                LocalSystem.log("--demo: " + name + (p.waitFor() == 0 ? " loaded" : " loaded with differences"));
            } catch (java.io.IOException e) {
                LocalSystem.log("--demo needs python3 to load the worked cases: " + e.getMessage());
                return;
            }
        }
    }
}
