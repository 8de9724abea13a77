package nl.speelveld.assessment.embed;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal origins per municipality and the token key, without the application: plain unit tests. */
class EmbedConfigurationTest {

    static FrameAncestors ancestors(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return new FrameAncestors(config);
    }

    @Test
    void shouldListEachMunicipalitysOriginsAndOnlySelfWithoutAny() {
        FrameAncestors a = ancestors(Map.of(
                "speelveld.embed.frame-ancestors.GM0344", "https://portal.example.nl, https://www.example.nl/",
                "SPEELVELD_EMBED_FRAME_ANCESTORS_GM0363", "https://*.amsterdam.nl http://127.0.0.1:8090",
                "speelveld.embed.frame-ancestors.GM0599", ""));
        assertEquals("https://portal.example.nl https://www.example.nl", a.of("GM0344"));
        assertEquals("https://*.amsterdam.nl http://127.0.0.1:8090", a.of("GM0363"));
        assertEquals("'self'", a.of("GM0599"));
        assertEquals("'self'", a.of("GM0014"));
        assertEquals("'self'", a.of(null));
    }

    @Test
    void shouldLeaveOutAnythingThatIsNotAPlainOrigin() {
        FrameAncestors a = ancestors(Map.of("speelveld.embed.frame-ancestors.GM0344",
                "https://ok.example.nl *; https://evil.example.nl/path 'unsafe-inline' javascript:alert(1)"
                        + " https://a.example.nl;script-src data: https://[::1]:8443"));
        assertEquals("https://ok.example.nl https://[::1]:8443", a.of("GM0344"));
    }

    @Test
    void shouldReadItsOwnTokensOnlyAndKeepTheExpiry() {
        EmbedTokens tokens = new EmbedTokens(Optional.empty(), "cursor-secret");
        UUID id = UUID.randomUUID();
        Instant expiry = Instant.parse("2026-12-01T10:00:00Z");
        String token = tokens.issue(new EmbedTokens.Grant("GM0344", id, expiry, "en"));
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), token);
        EmbedTokens.Grant grant = tokens.read(token).orElseThrow();
        assertEquals(new EmbedTokens.Grant("GM0344", id, expiry, "en"), grant);
        assertTrue(grant.expired(expiry));
        assertTrue(!grant.expired(expiry.minusSeconds(1)));
        // the same key derived from the same cursor secret reads it; another cursor secret or an own key does not
        assertTrue(new EmbedTokens(Optional.empty(), "cursor-secret").read(token).isPresent());
        assertTrue(new EmbedTokens(Optional.empty(), "other-cursor-secret").read(token).isEmpty());
        assertTrue(new EmbedTokens(Optional.of("cursor-secret"), "cursor-secret").read(token).isEmpty());
        for (String bad : new String[] {"", ".", token + ".x", "." + token, token.replace('.', '-'), null}) {
            assertTrue(tokens.read(bad).isEmpty(), String.valueOf(bad));
        }
        assertEquals(Optional.of(new EmbedTokens.Grant("GM0344", id, expiry, null)), tokens.read(
                tokens.issue(new EmbedTokens.Grant("GM0344", id, expiry, null))));
    }
}
