package nl.speelveld.devtools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The development signing key pair and the tokens it signs. Local runs keep the pair under {@code .speelveld/keys}
 * (never committed); tests make a fresh pair per JVM. Production never uses this: it verifies against the identity
 * provider's JWKS.
 */
public final class DevKeys {

    public static final String ISSUER = "https://speelveld.invalid/dev-issuer";
    public static final String AUDIENCE = "speelveld";
    public static final List<String> ALL_SCOPES = List.of("initiatives:read", "initiatives:write",
            "stakeholders:read", "stakeholders:write", "assessments:read", "assessments:write", "webhooks:manage");

    private final KeyPair keyPair;

    private DevKeys(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    public static DevKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new DevKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the pair from {@code dir}, making and saving one when it is not there yet. */
    public static DevKeys loadOrCreate(Path dir) throws IOException {
        Path privateFile = dir.resolve("dev-private.pem");
        Path publicFile = dir.resolve("dev-public.pem");
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            try {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(pem(privateFile)));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(pem(publicFile)));
                return new DevKeys(new KeyPair(publicKey, privateKey));
            } catch (GeneralSecurityException e) {
                throw new IOException("The development key pair in " + dir + " cannot be read; remove it", e);
            }
        }
        DevKeys keys = generate();
        Files.createDirectories(dir);
        Files.writeString(privateFile, toPem("PRIVATE KEY", keys.keyPair.getPrivate().getEncoded()));
        keys.writePublicKey(publicFile);
        return keys;
    }

    public void writePublicKey(Path file) throws IOException {
        Files.writeString(file, toPem("PUBLIC KEY", keyPair.getPublic().getEncoded()));
    }

    public String token(String municipality, List<String> scopes) {
        return token(municipality, scopes, Duration.ofHours(12), ISSUER, AUDIENCE);
    }

    /** Signs a token with RS256; the parameters exist so tests can make expired and foreign tokens too. */
    public String token(String municipality, List<String> scopes, Duration validFor, String issuer, String audience) {
        return token(municipality, scopes, validFor, issuer, audience, java.util.Map.of());
    }

    /**
     * Signs a token with RS256 and with {@code extra} claims (strings or numbers) added after the usual ones; an
     * extra claim of the same name as a usual one ({@code iat}, {@code sub}) replaces it. Tests use it for a token's
     * client ({@code azp}) and for an {@code iat} in the future.
     */
    public String token(String municipality, List<String> scopes, Duration validFor, String issuer, String audience,
            java.util.Map<String, Object> extra) {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{");
        claims.append("\"iss\":").append(quote(issuer));
        claims.append(",\"aud\":").append(quote(audience));
        claims.append(",\"sub\":").append(quote("dev-" + (municipality == null ? "none" : municipality)));
        claims.append(",\"iat\":").append(now.getEpochSecond() - 5);
        claims.append(",\"exp\":").append(now.plus(validFor).getEpochSecond());
        claims.append(",\"jti\":").append(quote(UUID.randomUUID().toString()));
        if (municipality != null) {
            claims.append(",\"municipality\":").append(quote(municipality));
        }
        claims.append(",\"scope\":").append(quote(String.join(" ", scopes)));
        claims.append('}');
        if (!extra.isEmpty()) {
            claims = withClaims(claims.toString(), extra);
        }
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keyPair.getPrivate());
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + b64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims object with {@code extra} put in: a claim that is there already is replaced, others appended. */
    private static StringBuilder withClaims(String claims, java.util.Map<String, Object> extra) {
        String body = claims.substring(1, claims.length() - 1);
        for (var claim : extra.entrySet()) {
            body = body.replaceAll("(^|,)" + java.util.regex.Pattern.quote(quote(claim.getKey())) + ":(\"[^\"]*\"|[0-9-]+)",
                    "");
            body = body.replaceFirst("^,", "");
            Object value = claim.getValue();
            body += "," + quote(claim.getKey()) + ":" + (value instanceof Number ? value.toString()
                    : quote(String.valueOf(value)));
        }
        return new StringBuilder("{").append(body).append('}');
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] pem(Path file) throws IOException {
        String body = Files.readAllLines(file).stream().filter(l -> !l.startsWith("-----"))
                .collect(Collectors.joining());
        return Base64.getDecoder().decode(body);
    }

    private static String toPem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
