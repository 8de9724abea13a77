package nl.speelveld.conventions.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The answer to a rotation: the new secret, and until when the previous one signs as well. */
@Schema(name = "WebhookSecretRotation", requiredProperties = {"secret", "previousSecretValidUntil"})
public record SecretRotationResponse(
        @Schema(maxLength = 60, pattern = "^whsec_[A-Za-z0-9+/=]+$", description = "The new signing secret; shown"
                + " only in this answer") String secret,
        @Schema(maxLength = 40) Instant previousSecretValidUntil) {
}
