package nl.speelveld.conventions.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer to a create: the subscription and, this once, its signing secret. */
@Schema(name = "CreatedWebhookSubscription", requiredProperties = {"id", "version", "createdAt", "updatedAt", "url",
        "types", "enabled", "secret"})
public record CreatedSubscriptionResponse(
        UUID id,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(maxLength = 40) Instant createdAt,
        @Schema(maxLength = 40) Instant updatedAt,
        @Schema(maxLength = 2000, format = "uri") String url,
        @Schema(maxItems = 100) List<String> types,
        @Schema(nullable = true) UUID initiativeId,
        @Schema(maxLength = 500, nullable = true) String description,
        boolean enabled,
        @Schema(maxLength = 60, pattern = "^whsec_[A-Za-z0-9+/=]+$", description = "The signing secret (Standard"
                + " Webhooks); shown only in this answer: store it now") String secret) {

    static CreatedSubscriptionResponse of(WebhookSubscriptionResponse s, String secret) {
        return new CreatedSubscriptionResponse(s.id(), s.version(), s.createdAt(), s.updatedAt(), s.url(), s.types(),
                s.initiativeId(), s.description(), s.enabled(), secret);
    }
}
