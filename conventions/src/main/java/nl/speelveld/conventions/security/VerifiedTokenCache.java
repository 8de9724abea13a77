package nl.speelveld.conventions.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The bearer-token check without the RSA verification on every request: a token verified once by the token library
 * ({@link DefaultJWTParser}: signature, issuer, audience, {@code exp}) is kept, keyed by the SHA-256 of the whole raw
 * token (header, claims and signature), and handed out again until its {@code exp} and never after it. A token that
 * differs in a single character, its signature included, has another key and is verified in full; a token the
 * library refuses is never kept. At most {@code speelveld.jwt.cache.max-entries} tokens are kept (expired ones are
 * dropped first when it is full, then any). The keys are hashes; the token text is neither a key nor logged.
 *
 * <p>The token handed out is a {@link VerifiedToken}: the library's token, which keeps the claims it has been asked
 * for. Only {@link #parse(String)} (what Quarkus's bearer-token mechanism calls) is cached; every other method goes
 * straight to the library. A JFR profile of GET one initiative had ~15 % of its samples in verifying and decoding the
 * same token again for every request (issue 15; bench/README.md).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    private record Verified(JsonWebToken token, long expiresAt) {

        /** Whether the token may still be handed out at {@code now}: only strictly before its {@code exp}. */
        boolean validAt(long now) {
            return now < expiresAt;
        }
    }

    private final JWTParser verifier;
    private final int maxEntries;
    private final LongSupplier epochSeconds;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokenCache(DefaultJWTParser verifier,
            @ConfigProperty(name = "speelveld.jwt.cache.max-entries", defaultValue = "10000") int maxEntries) {
        this(verifier, maxEntries, () -> System.currentTimeMillis() / 1000);
    }

    VerifiedTokenCache(JWTParser verifier, int maxEntries, LongSupplier epochSeconds) {
        this.verifier = verifier;
        this.maxEntries = maxEntries;
        this.epochSeconds = epochSeconds;
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        if (maxEntries <= 0) {
            return verifier.parse(bearerToken);
        }
        String key = hash(bearerToken);
        long now = epochSeconds.getAsLong();
        Verified hit = verified.get(key);
        if (hit != null) {
            if (hit.validAt(now)) {
                return hit.token();
            }
            verified.remove(key, hit);   // expired: verified again below, which refuses it (the library checks exp)
        }
        JsonWebToken token = new VerifiedToken(verifier.parse(bearerToken));
        Verified fresh = new Verified(token, token.getExpirationTime());
        if (fresh.validAt(now)) {
            if (verified.size() >= maxEntries) {
                makeRoom(now);
            }
            verified.put(key, fresh);
        }
        return token;
    }

    /** Drops the expired entries; when that is not enough, drops an eighth of the others (any). */
    private void makeRoom(long now) {
        verified.values().removeIf(v -> !v.validAt(now));
        int excess = verified.size() - maxEntries + Math.max(1, maxEntries / 8);
        Iterator<String> keys = verified.keySet().iterator();
        while (excess-- > 0 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    /** How many verified tokens are kept (tests). */
    int size() {
        return verified.size();
    }

    /** One SHA-256 per thread: looking the algorithm up for every request cost 0.5-0.7 % of a read (JFR, issue 15). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    private static String hash(String token) {
        byte[] digest = SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest);
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
