package nl.speelveld.conventions.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook subscription as its owner reads it; the secret is never in it. */
@Schema(name = "WebhookSubscription", requiredProperties = {"id", "version", "createdAt", "updatedAt", "url", "types",
        "enabled"})
public record WebhookSubscriptionResponse(
        UUID id,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(maxLength = 40) Instant createdAt,
        @Schema(maxLength = 40) Instant updatedAt,
        @Schema(maxLength = 2000, format = "uri") String url,
        @Schema(maxItems = 100) List<String> types,
        @Schema(nullable = true) UUID initiativeId,
        @Schema(maxLength = 500, nullable = true) String description,
        boolean enabled,
        @Schema(maxLength = 40, nullable = true, description = "Since when deliveries fail (none when they succeed)")
        Instant failingSince,
        @Schema(maxLength = 300, nullable = true, description = "The last failure: time, attempt, event and reason")
        String lastFailure,
        @Schema(maxLength = 300, nullable = true, description = "Why the service disabled it (410, failing too long)")
        String disabledReason,
        @Schema(maxLength = 40, nullable = true, description = "Until when the previous secret still signs too")
        Instant previousSecretValidUntil) {
}
