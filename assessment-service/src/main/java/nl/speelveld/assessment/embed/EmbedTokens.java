package nl.speelveld.assessment.embed;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Makes and reads the capability tokens of embed links: {@code base64url(payload).base64url(HMAC-SHA256(payload))},
 * where the payload {@code e1|GM0344|<assessment id>|<expiry, epoch seconds>|<nl, en or empty>} names exactly one
 * assessment of one municipality, until when it may be shown, and in which language. Nothing else is needed to
 * show it: the token is the permission (read-only, that one assessment, until the expiry).
 *
 * <p>The key is {@code speelveld.embed.secret} (environment {@code SPEELVELD_EMBED_SECRET}). When it is not set, the
 * key is derived from the cursor secret ({@code speelveld.cursor.secret}, which every deployment already takes from a
 * Secret and which {@code ./speelveld up} makes per checkout) as HMAC-SHA256(cursor secret, "speelveld-embed-v1"), so
 * a cursor and an embed token can never stand in for each other. Changing the key revokes every link at once.
 */
@ApplicationScoped
public class EmbedTokens {

    private static final Pattern CBS_MUNICIPALITY = Pattern.compile("GM\\d{4}");
    private static final String VERSION = "e1";

    private final SecretKeySpec key;

    EmbedTokens(@ConfigProperty(name = "speelveld.embed.secret") Optional<String> secret,
            @ConfigProperty(name = "speelveld.cursor.secret") String cursorSecret) {
        byte[] material = secret.filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> hmac(new SecretKeySpec(cursorSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                        "speelveld-embed-v1".getBytes(StandardCharsets.UTF_8)));
        this.key = new SecretKeySpec(material, "HmacSHA256");
    }

    /** What a valid token grants. */
    public record Grant(String municipality, UUID assessmentId, Instant expiresAt, String language) {

        public boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    /** A token for this grant. */
    public String issue(Grant grant) {
        String payload = String.join("|", VERSION, grant.municipality(), grant.assessmentId().toString(),
                Long.toString(grant.expiresAt().getEpochSecond()), grant.language() == null ? "" : grant.language());
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(bytes) + "." + b64.encodeToString(hmac(key, bytes));
    }

    /**
     * The grant of a token this service signed, whether expired or not; empty for anything else (changed, cut,
     * signed with another key, or not a token at all).
     */
    public Optional<Grant> read(String token) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            byte[] payload = b64.decode(token.substring(0, dot));
            byte[] mac = b64.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(hmac(key, payload), mac)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 5 || !VERSION.equals(parts[0]) || !CBS_MUNICIPALITY.matcher(parts[1]).matches()) {
                return Optional.empty();
            }
            String language = parts[4].isEmpty() ? null : parts[4];
            return Optional.of(new Grant(parts[1], UUID.fromString(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])), language));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
