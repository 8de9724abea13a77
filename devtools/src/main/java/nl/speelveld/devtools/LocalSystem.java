package nl.speelveld.devtools;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole system on one machine: one PostgreSQL (embedded and durable under the data folder, or the server the
 * environment names) with a database per service, and the three packaged services as child processes in production
 * mode. {@link #close()} stops everything it started.
 */
public final class LocalSystem implements AutoCloseable {

    /**
     * One service of the system: its module folder, port and database. Health and metrics are on the service's
     * management port, {@link #MANAGEMENT_OFFSET} above its API port (9081-9083 for the usual ports).
     */
    public record Service(String name, int port, String database) {
        public String url() {
            return "http://localhost:" + port;
        }

        public int managementPort() {
            return port + MANAGEMENT_OFFSET;
        }

        /** Where health ({@code /q/health/ready}) and metrics ({@code /q/metrics}) answer. */
        public String managementUrl() {
            return "http://localhost:" + managementPort();
        }
    }

    /** The per-client budget of reads and of writes a minute in the local run (see {@link #start}). */
    public static final String LOCAL_RATE_LIMIT = "100000";

    /** The management port of a service is its API port plus this (8081 → 9081). */
    public static final int MANAGEMENT_OFFSET = 1000;

    /** The services at their usual local ports 8081-8083. */
    public static final List<Service> SERVICES = services(8081);

    private final Path root;
    private final Path dataDir;
    private final List<Service> services;
    private final List<Process> processes = new ArrayList<>();
    private Postgres postgres;
    private DevKeys keys;

    public LocalSystem(Path root, Path dataDir) {
        this(root, dataDir, 8081);
    }

    /** A system whose services listen on {@code firstPort} and the two ports after it. */
    public LocalSystem(Path root, Path dataDir, int firstPort) {
        this.root = root;
        this.dataDir = dataDir;
        this.services = services(firstPort);
    }

    public static List<Service> services(int firstPort) {
        return List.of(new Service("initiative-service", firstPort, "initiative"),
                new Service("stakeholder-service", firstPort + 1, "stakeholder"),
                new Service("assessment-service", firstPort + 2, "assessment"));
    }

    public List<Service> services() {
        return services;
    }

    public DevKeys keys() {
        return keys;
    }

    /** Removes the stored database and logs, so the next start begins empty. Keys are kept. */
    public void reset() throws IOException {
        for (String folder : List.of("pgdata", "logs")) {
            Path dir = dataDir.resolve(folder);
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    public void start(Duration readyTimeout) throws Exception {
        for (Service service : services) {
            for (int port : new int[] {service.port(), service.managementPort()}) {
                if (inUse(port)) {
                    throw new IllegalStateException("port " + port + " (" + service.name() + ") is already in"
                            + " use; is another ./speelveld up running? Stop it first.");
                }
            }
        }
        Files.createDirectories(dataDir.resolve("logs"));
        keys = DevKeys.loadOrCreate(dataDir.resolve("keys"));
        Path publicKey = dataDir.resolve("keys").resolve("dev-public.pem");
        String cursorSecret = secret(dataDir.resolve("keys").resolve("cursor-secret"));
        postgres = Postgres.fromEnvironment();
        if (postgres == null) {
            int port = Integer.parseInt(System.getenv().getOrDefault("SPEELVELD_PG_EMBEDDED_PORT", "0"));
            log("starting embedded PostgreSQL, data in " + dataDir.resolve("pgdata"));
            postgres = Postgres.embeddedPersistent(dataDir.resolve("pgdata"), port);
            log("PostgreSQL listens on localhost:" + postgres.port());
        } else {
            log("using the PostgreSQL server named by SPEELVELD_PG_HOST");
        }
        for (Service service : services) {
            Path jar = root.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
            }
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(service.managementPort()));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.ensureDatabase(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toString());
            env.put("MP_JWT_VERIFY_ISSUER", DevKeys.ISSUER);
            env.put("MP_JWT_VERIFY_AUDIENCES", DevKeys.AUDIENCE);
            env.put("SPEELVELD_CURSOR_SECRET", cursorSecret);
            env.put("SPEELVELD_CORS_ORIGINS", "http://localhost:3000");
            env.put("QUARKUS_REST_CLIENT_INITIATIVE_API_URL", services.get(0).url());
            env.put("QUARKUS_REST_CLIENT_STAKEHOLDER_API_URL", services.get(1).url());
            env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
            // The local run feeds the case runner, the benches and bench/bad-input.py from one token: budgets far above
            // the production defaults (600 reads, 120 writes a minute), unless the caller's environment sets them.
            for (String budget : List.of("SPEELVELD_RATE_LIMIT_READS_PER_MINUTE",
                    "SPEELVELD_RATE_LIMIT_WRITES_PER_MINUTE")) {
                env.put(budget, System.getenv().getOrDefault(budget, LOCAL_RATE_LIMIT));
            }
            ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx512m", "-jar", jar.toString())
                    .directory(root.resolve(service.name()).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("logs").resolve(service.name() + ".log").toFile());
            builder.environment().putAll(env);
            processes.add(builder.start());
            log("started " + service.name() + " on " + service.url() + " (log: "
                    + dataDir.resolve("logs").resolve(service.name() + ".log") + ")");
        }
        Instant deadline = Instant.now().plus(readyTimeout);
        for (int i = 0; i < services.size(); i++) {
            waitReady(services.get(i), processes.get(i), deadline);
        }
    }

    private void waitReady(Service service, Process process, Instant deadline) throws Exception {
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " stopped during start-up; see "
                        + dataDir.resolve("logs").resolve(service.name() + ".log"));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(service.managementUrl() + "/q/health/ready")
                        .toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) {
                    log(service.name() + " is ready");
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service.name() + " was not ready in time");
    }

    private static boolean inUse(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
            socket.setReuseAddress(true);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Whether every service process is still running. */
    public boolean allAlive() {
        return processes.stream().allMatch(Process::isAlive);
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }

    private static String secret(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        return secret;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void log(String message) {
        System.out.println("[speelveld] " + message);
    }
}
