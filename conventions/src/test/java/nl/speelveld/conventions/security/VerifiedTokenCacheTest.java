package nl.speelveld.conventions.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import nl.speelveld.devtools.DevKeys;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cache of verified tokens against the real token library (RS256, issuer, audience, {@code exp} with no clock
 * skew): a hit skips the verification, an expired token is refused even though it was verified before, a token with
 * a signature that is not the trusted key's is never accepted (whatever is cached), and the cache stays bounded.
 */
class VerifiedTokenCacheTest {

    static final DevKeys KEYS = DevKeys.generate();
    static final DevKeys STRANGER = DevKeys.generate();
    static JWTAuthContextInfo context;

    /** The library, counting the tokens it is asked to verify. */
    static final class Counting {
        final AtomicInteger verifications = new AtomicInteger();
        final JWTParser parser;

        Counting() {
            DefaultJWTParser library = new DefaultJWTParser(context);
            parser = (JWTParser) Proxy.newProxyInstance(JWTParser.class.getClassLoader(),
                    new Class<?>[] {JWTParser.class}, (proxy, method, args) -> {
                        if (method.getName().equals("parse")) {
                            verifications.incrementAndGet();
                        }
                        try {
                            return method.invoke(library, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @BeforeAll
    static void trustTheDevKey(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("public.pem");
        KEYS.writePublicKey(pem);
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        context = new JWTAuthContextInfo(key, DevKeys.ISSUER);
        context.setExpectedAudience(java.util.Set.of(DevKeys.AUDIENCE));
        context.setClockSkew(0);
    }

    static String token(DevKeys keys, Duration validFor) {
        return keys.token("GM0344", List.of("probes:read"), validFor, DevKeys.ISSUER, DevKeys.AUDIENCE);
    }

    @Test
    void shouldVerifyAValidTokenOnceAndThenHandItOutFromTheCache() throws Exception {
        Counting library = new Counting();
        VerifiedTokenCache cache = new VerifiedTokenCache(library.parser, 100, () -> System.currentTimeMillis() / 1000);
        String token = token(KEYS, Duration.ofHours(1));

        JsonWebToken first = cache.parse(token);
        JsonWebToken second = cache.parse(token);

        assertEquals("GM0344", first.getClaim("municipality").toString().replace("\"", ""));
        assertSame(first, second);
        assertEquals(1, library.verifications.get());
    }

    @Test
    void shouldRefuseAnExpiredTokenEvenWhenItWasVerifiedAndCachedBefore() throws Exception {
        Counting library = new Counting();
        AtomicLong now = new AtomicLong(System.currentTimeMillis() / 1000);
        VerifiedTokenCache cache = new VerifiedTokenCache(library.parser, 100, now::get);
        String token = token(KEYS, Duration.ofSeconds(2));
        long exp = cache.parse(token).getExpirationTime();
        assertEquals(1, cache.size());

        // the cache's clock at exp: the entry is no longer handed out, the token goes to the library again
        now.set(exp);
        while (System.currentTimeMillis() / 1000 <= exp) {   // and the library's own clock past exp as well
            Thread.sleep(100);
        }
        assertThrows(ParseException.class, () -> cache.parse(token));
        assertEquals(2, library.verifications.get());
        assertEquals(0, cache.size());
    }

    @Test
    void shouldNeverHandOutACachedEntryAtOrAfterItsExpEvenIfTheLibraryWouldStillAccept() throws Exception {
        Counting library = new Counting();
        AtomicLong now = new AtomicLong(System.currentTimeMillis() / 1000);
        VerifiedTokenCache cache = new VerifiedTokenCache(library.parser, 100, now::get);
        String token = token(KEYS, Duration.ofHours(1));
        JsonWebToken verified = cache.parse(token);

        now.set(verified.getExpirationTime() - 1);
        cache.parse(token);
        assertEquals(1, library.verifications.get());
        now.set(verified.getExpirationTime());
        cache.parse(token);   // the library's clock is an hour before exp: it accepts, but it was asked
        assertEquals(2, library.verifications.get());
    }

    @Test
    void shouldNeverAcceptABadSignatureWhateverIsCached() throws Exception {
        Counting library = new Counting();
        VerifiedTokenCache cache = new VerifiedTokenCache(library.parser, 100, () -> System.currentTimeMillis() / 1000);
        String good = token(KEYS, Duration.ofHours(1));
        cache.parse(good);

        String[] parts = good.split("\\.");
        String foreign = token(STRANGER, Duration.ofHours(1));
        String sameClaimsOtherSignature = parts[0] + "." + parts[1] + "." + foreign.split("\\.")[2];
        char last = parts[2].charAt(parts[2].length() - 2);
        String flippedSignature = parts[0] + "." + parts[1] + "."
                + parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        String noSignature = parts[0] + "." + parts[1] + ".";

        for (String bad : new String[] {sameClaimsOtherSignature, flippedSignature, noSignature, foreign}) {
            assertThrows(ParseException.class, () -> cache.parse(bad));
            assertThrows(ParseException.class, () -> cache.parse(bad), "a refused token is not kept");
        }
        assertEquals(1, cache.size());
        assertEquals(1 + 8, library.verifications.get());
    }

    @Test
    void shouldStayBoundedWhenManyDistinctTokensArrive() throws Exception {
        Counting library = new Counting();
        VerifiedTokenCache cache = new VerifiedTokenCache(library.parser, 8, () -> System.currentTimeMillis() / 1000);
        for (int i = 0; i < 60; i++) {
            cache.parse(token(KEYS, Duration.ofHours(1)));   // every token has its own jti: 60 distinct tokens
            assertTrue(cache.size() <= 8, "size " + cache.size() + " after " + (i + 1) + " tokens");
        }
        assertEquals(60, library.verifications.get());
        String again = token(KEYS, Duration.ofHours(1));
        cache.parse(again);
        cache.parse(again);
        assertEquals(61, library.verifications.get(), "the newest token is kept after the evictions");
    }

    @Test
    void shouldAnswerEveryClaimAsTheLibraryDoesAndAskItForAnOtherClaimOnlyOnce() throws Exception {
        JsonWebToken library = new DefaultJWTParser(context).parse(KEYS.token("GM0344", List.of("probes:read"),
                Duration.ofHours(1), DevKeys.ISSUER, DevKeys.AUDIENCE, java.util.Map.<String, Object>of("azp", "openstad")));
        java.util.Map<String, AtomicInteger> asked = new java.util.concurrent.ConcurrentHashMap<>();
        JsonWebToken counted = (JsonWebToken) Proxy.newProxyInstance(JsonWebToken.class.getClassLoader(),
                new Class<?>[] {JsonWebToken.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getClaim") && args[0] instanceof String name) {
                        asked.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                    }
                    try {
                        return method.invoke(library, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        VerifiedToken token = new VerifiedToken(counted);

        for (int i = 0; i < 5; i++) {
            assertEquals("GM0344", token.getClaim("municipality").toString().replace("\"", ""));
            assertNull(token.getClaim("client_id"));
            assertEquals("openstad", token.getClaim("azp").toString());
        }
        assertEquals(1, asked.get("municipality").get(), "a claim outside the standard set is read once");
        assertEquals(1, asked.get("client_id").get(), "so is one the token does not carry");
        assertEquals(5, asked.get("azp").get(), "a standard claim goes to the library every time");
        for (String name : library.getClaimNames()) {
            assertEquals(String.valueOf((Object) library.getClaim(name)), String.valueOf((Object) token.getClaim(name)), name);
        }
        assertEquals(library.getClaimNames(), token.getClaimNames());
        assertEquals(library.getName(), token.getName());
        assertEquals(library.getRawToken(), token.getRawToken());
        assertEquals(library.getIssuer(), token.getIssuer());
        assertEquals(library.getAudience(), token.getAudience());
        assertEquals(library.getSubject(), token.getSubject());
        assertEquals(library.getTokenID(), token.getTokenID());
        assertEquals(library.getExpirationTime(), token.getExpirationTime());
        assertEquals(library.getIssuedAtTime(), token.getIssuedAtTime());
        assertEquals(library.getGroups(), token.getGroups());
        assertTrue(token.containsClaim("municipality"));
        assertTrue(!token.containsClaim("client_id"));

        VerifiedTokenCache cache = new VerifiedTokenCache(new DefaultJWTParser(context), 100,
                () -> System.currentTimeMillis() / 1000);
        assertTrue(cache.parse(token(KEYS, Duration.ofHours(1))) instanceof VerifiedToken, "the cache hands this out");
    }
}
