package nl.speelveld.devtools;

import java.time.Duration;
import java.util.List;

/** Tokens for tests, signed by the key pair whose public half {@link PostgresTestResource} gives the service. */
public final class TestTokens {

    private static final DevKeys KEYS = DevKeys.generate();
    private static final DevKeys STRANGER = DevKeys.generate();

    private TestTokens() {
    }

    static DevKeys keys() {
        return KEYS;
    }

    /** A valid token of {@code municipality} with the given scopes. */
    public static String token(String municipality, String... scopes) {
        return KEYS.token(municipality, List.of(scopes));
    }

    public static String expired(String municipality, String... scopes) {
        return KEYS.token(municipality, List.of(scopes), Duration.ofMinutes(-10), DevKeys.ISSUER, DevKeys.AUDIENCE);
    }

    /** Signed by a key the service does not trust. */
    public static String wronglySigned(String municipality, String... scopes) {
        return STRANGER.token(municipality, List.of(scopes));
    }

    public static String forAudience(String audience, String municipality, String... scopes) {
        return KEYS.token(municipality, List.of(scopes), Duration.ofHours(1), DevKeys.ISSUER, audience);
    }

    public static String fromIssuer(String issuer, String municipality, String... scopes) {
        return KEYS.token(municipality, List.of(scopes), Duration.ofHours(1), issuer, DevKeys.AUDIENCE);
    }

    /** A valid token of {@code municipality} with extra claims, e.g. {@code azp} for the client or a later {@code iat}. */
    public static String withClaims(java.util.Map<String, Object> extra, String municipality, String... scopes) {
        return KEYS.token(municipality, List.of(scopes), Duration.ofHours(1), DevKeys.ISSUER, DevKeys.AUDIENCE, extra);
    }

    /** An unsigned token ({@code alg: none}), which every service must refuse. */
    public static String unsigned(String municipality, String... scopes) {
        String signed = token(municipality, scopes);
        String payload = signed.split("\\.")[1];
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        return header + "." + payload + ".";
    }
}
