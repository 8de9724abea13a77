package nl.speelveld.devtools;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a service's tests a real PostgreSQL and a development key pair. One server per test JVM (one module), one
 * database per service (init arg {@code database}); a server named by {@code SPEELVELD_PG_HOST} is used instead when
 * set. Never H2, never a mock.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static Postgres server;
    private String database = "speelveld";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        try {
            synchronized (PostgresTestResource.class) {
                if (server == null) {
                    Postgres named = Postgres.fromEnvironment();
                    server = named != null ? named : Postgres.embeddedForTests();
                }
            }
            String url = server.ensureDatabase(database + "_test");
            Path publicKey = Files.createTempFile("speelveld-dev-public", ".pem");
            publicKey.toFile().deleteOnExit();
            TestTokens.keys().writePublicKey(publicKey);
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.jdbc.url", url);
            config.put("quarkus.datasource.username", server.user());
            config.put("quarkus.datasource.password", server.password());
            config.put("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
            config.put("mp.jwt.verify.issuer", DevKeys.ISSUER);
            config.put("mp.jwt.verify.audiences", DevKeys.AUDIENCE);
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start PostgreSQL for the tests", e);
        }
    }

    @Override
    public void stop() {
        // The server lives as long as the test JVM: Quarkus may restart the application between test classes.
    }
}
