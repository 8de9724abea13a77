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
 * environment names) with a database per service, and the three packaged services in production mode, either as
 * child JVMs or (with {@link Containers}) as containers of the images {@code ./speelveld images} built, run by podman
 * on the host network. {@link #close()} stops everything it started.
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

    /**
     * The JVM flags of every service, in this run and in the image (images/Containerfile's ENTRYPOINT has the same
     * list; deploy/test checks that they agree). Measured with Native Memory Tracking: docs/operations.md, "Memory".
     */
    public static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx96m", "-Xss512k",
            "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m", "-XX:MaxDirectMemorySize=32m",
            "-XX:TrimNativeHeapInterval=5000", "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData");

    /** The management port of a service is its API port plus this (8081 → 9081). */
    public static final int MANAGEMENT_OFFSET = 1000;

    /** Where a container finds the development public key (the services' default key location). */
    static final String CONTAINER_PUBLIC_KEY = "/etc/speelveld/jwt/public.pem";

    /** The services at their usual local ports 8081-8083. */
    public static final List<Service> SERVICES = services(8081);

    private final Path root;
    private final Path dataDir;
    private final List<Service> services;
    private final List<Process> processes = new ArrayList<>();
    private Containers containers;
    private final Map<String, String> environment = new HashMap<>();
    private Postgres postgres;
    private DevKeys keys;

    /**
     * How {@code up --containers} runs the images: as {@code user} (empty: the image's own user), with a read-only
     * root file system and only {@code /tmp} writable, and at most {@code memory} (podman's notation, e.g. 384m; the
     * production manifests' limit by default). {@code keep}: the stopped containers are left for inspection (podman
     * diff) instead of removed.
     */
    public record Containers(Path podman, String tag, String user, boolean readOnly, String memory, boolean keep) {

        /** From the environment: SPEELVELD_CONTAINER_USER, _READ_ONLY, _MEMORY, _KEEP and SPEELVELD_IMAGE_TAG. */
        public static Containers fromEnvironment(Path root) {
            Map<String, String> env = System.getenv();
            return new Containers(root.resolve("images/podman"), env.getOrDefault("SPEELVELD_IMAGE_TAG", "local"),
                    env.getOrDefault("SPEELVELD_CONTAINER_USER", "10001:10001"),
                    !"false".equals(env.getOrDefault("SPEELVELD_CONTAINER_READ_ONLY", "true")),
                    env.getOrDefault("SPEELVELD_CONTAINER_MEMORY", "384m"),
                    "true".equals(env.getOrDefault("SPEELVELD_CONTAINER_KEEP", "false")));
        }

        public String image(Service service) {
            return "localhost/speelveld/" + service.name() + ":" + tag;
        }

        public static String containerName(Service service) {
            return "speelveld-" + service.name();
        }
    }

    /**
     * Settings for the three services beyond those {@link #start} sets, and winning over them (for instance an OTLP
     * endpoint, or {@code QUARKUS_LOG_CONSOLE_JSON_ENABLED=true} for the production log format).
     */
    public LocalSystem withEnvironment(Map<String, String> settings) {
        environment.putAll(settings);
        return this;
    }

    /** Runs the services from their images (see {@link Containers}) instead of as child JVMs. */
    public LocalSystem withContainers(Containers containers) {
        this.containers = containers;
        return this;
    }

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
            postgres = Postgres.embeddedForLocalRun(dataDir.resolve("pgdata"), port);
            log("PostgreSQL listens on localhost:" + postgres.port());
        } else {
            log("using the PostgreSQL server named by SPEELVELD_PG_HOST");
        }
        if (containers != null) {
            checkImages();
        }
        for (Service service : services) {
            Path jar = root.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
            if (containers == null && !Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
            }
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(service.managementPort()));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.ensureDatabase(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
            // containers: the key file is mounted where the services look for it by default (containerCommand)
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", containers == null ? publicKey.toAbsolutePath().toString()
                    : CONTAINER_PUBLIC_KEY);
            env.put("MP_JWT_VERIFY_ISSUER", DevKeys.ISSUER);
            env.put("MP_JWT_VERIFY_AUDIENCES", DevKeys.AUDIENCE);
            env.put("SPEELVELD_CURSOR_SECRET", cursorSecret);
            env.put("SPEELVELD_CORS_ORIGINS", "http://localhost:3000");
            env.put("QUARKUS_REST_CLIENT_INITIATIVE_API_URL", services.get(0).url());
            env.put("QUARKUS_REST_CLIENT_STAKEHOLDER_API_URL", services.get(1).url());
            env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
            // glibc: two malloc arenas instead of eight per core (the image sets the same; docs/operations.md, "Memory")
            env.put("MALLOC_ARENA_MAX", "2");
            // The local run feeds the case runner, the benches and bench/bad-input.py from one token: budgets far above
            // the production defaults (600 reads, 120 writes a minute), unless the caller's environment sets them.
            for (String budget : List.of("SPEELVELD_RATE_LIMIT_READS_PER_MINUTE",
                    "SPEELVELD_RATE_LIMIT_WRITES_PER_MINUTE")) {
                env.put(budget, System.getenv().getOrDefault(budget, LOCAL_RATE_LIMIT));
            }
            // The local run delivers webhooks to receivers on this machine: plain http and loopback, allowed
            // explicitly here (production: https and public addresses only; docs/events.md).
            env.put("SPEELVELD_WEBHOOKS_ALLOW_HTTP", "true");
            env.put("SPEELVELD_WEBHOOKS_ALLOWED_TARGETS", "127.0.0.1,::1,localhost");
            env.putAll(environment);
            ProcessBuilder builder = containers == null
                    ? new ProcessBuilder(javaCommand(jar))
                    : new ProcessBuilder(containerCommand(service, env.keySet(), publicKey));
            builder.directory(root.resolve(service.name()).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("logs").resolve(service.name() + ".log").toFile());
            builder.environment().putAll(env);
            processes.add(builder.start());
            log("started " + service.name() + (containers == null ? "" : " (container "
                    + Containers.containerName(service) + " of " + containers.image(service) + ")") + " on "
                    + service.url() + " (log: " + dataDir.resolve("logs").resolve(service.name() + ".log") + ")");
        }
        Instant started = Instant.now();
        Instant deadline = started.plus(readyTimeout);
        for (int i = 0; i < services.size(); i++) {
            waitReady(services.get(i), processes.get(i), deadline);
            log(services.get(i).name() + " is ready " + Duration.between(started, Instant.now()).toMillis() / 1000.0
                    + " s after the start");
        }
    }

    private void checkImages() throws IOException, InterruptedException {
        for (Service service : services) {
            Process p = new ProcessBuilder(containers.podman().toString(), "image", "exists", containers.image(service))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            int code = p.waitFor();
            if (code == 127) {
                throw new IllegalStateException(out);
            }
            if (code != 0) {
                throw new IllegalStateException("image " + containers.image(service) + " is missing: build the"
                        + " images first (./speelveld images)");
            }
        }
    }

    /**
     * podman run for one service: host network (the embedded PostgreSQL and the other services are on localhost),
     * the given user, read-only root with a 64 MB /tmp (as the manifests' emptyDir), no capabilities, the memory
     * limit without swap, and the development public key mounted where the services look for it. podman adds no
     * /etc/passwd entry for the UID (as in Kubernetes, the user has none; the image stays as built). The environment
     * is passed by name only (-e NAME), so no value shows in the process list.
     */
    List<String> containerCommand(Service service, java.util.Collection<String> envNames, Path publicKey) {
        List<String> cmd = new ArrayList<>(List.of(containers.podman().toString(), "run", "--replace",
                "--name", Containers.containerName(service), "--network=host", "--cap-drop=ALL", "--passwd=false",
                "--security-opt=no-new-privileges", "--memory", containers.memory(), "--memory-swap",
                containers.memory(), "--stop-timeout", "40",
                "-v", publicKey.toAbsolutePath() + ":" + CONTAINER_PUBLIC_KEY + ":ro"));
        if (!containers.keep()) {
            cmd.add("--rm");
        }
        if (!containers.user().isEmpty()) {
            cmd.addAll(List.of("--user", containers.user()));
        }
        if (containers.readOnly()) {
            cmd.addAll(List.of("--read-only", "--read-only-tmpfs=false", "--tmpfs", "/tmp:rw,size=64m,mode=1777"));
        }
        // what the services are given, and the service settings of the caller's environment, as child JVMs see it
        java.util.SortedSet<String> names = new java.util.TreeSet<>(envNames);
        System.getenv().keySet().stream().filter(LocalSystem::isServiceSetting).forEach(names::add);
        for (String name : names) {
            cmd.addAll(List.of("-e", name));
        }
        cmd.add(containers.image(service));
        return cmd;
    }

    /** A setting of the services (QUARKUS_*, MP_*, SPEELVELD_*), not one of the launcher's own. */
    static boolean isServiceSetting(String name) {
        return name.matches("(QUARKUS|MP|SMALLRYE|SPEELVELD)_[A-Z0-9_]+")
                && !name.matches("SPEELVELD_(DATA|PG_.*|CONTAINER_.*|IMAGE_TAG|OCI_RUNTIME|CACHE|BASE_IMAGE|JVM_OPTIONS)");
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
        if (containers != null) {
            // a podman run that had to be killed leaves its container behind: stop it too
            for (Service service : services) {
                try {
                    new ProcessBuilder(containers.podman().toString(), "stop", "--ignore", "--time", "5",
                            Containers.containerName(service)).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
                } catch (IOException e) {
                    log("could not stop " + Containers.containerName(service) + ": " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
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

    /**
     * java with {@link #JVM_FLAGS}, then the flags of SPEELVELD_JVM_OPTIONS (space-separated; later flags win, e.g.
     * {@code -XX:NativeMemoryTracking=summary} or another {@code -Xmx} to measure with), then {@code -jar jar}.
     */
    static List<String> javaCommand(Path jar) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.addAll(JVM_FLAGS);
        cmd.addAll(classDataSharing(jar));
        String extra = System.getenv().getOrDefault("SPEELVELD_JVM_OPTIONS", "").trim();
        if (!extra.isEmpty()) {
            cmd.addAll(List.of(extra.split("\\s+")));
        }
        cmd.addAll(List.of("-jar", jar.toString()));
        return cmd;
    }

    /**
     * AppCDS (class data sharing for the application's classes; start-up, docs/operations.md "Start-up"): the archive
     * {@code app-cds.jsa} beside the jar is written by the JVM when the service stops ({@code -XX:ArchiveClassesAtExit},
     * every class the run loaded) and used by every later start ({@code -XX:SharedArchiveFile}) until the jar is
     * rebuilt. A JVM that cannot use the archive starts without it. SPEELVELD_APPCDS=false turns it off.
     */
    static List<String> classDataSharing(Path jar) {
        if ("false".equals(System.getenv("SPEELVELD_APPCDS"))) {
            return List.of();
        }
        Path archive = jar.resolveSibling("app-cds.jsa");
        try {
            if (Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0
                    && Files.size(archive) > 0) {
                return List.of("-XX:SharedArchiveFile=" + archive);
            }
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            return List.of();
        }
        // -Xlog:cds*=off: writing the archive reports every class it skips (thousands of [warning][cds] lines at stop)
        return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=off");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void log(String message) {
        System.out.println("[speelveld] " + message);
    }
}
