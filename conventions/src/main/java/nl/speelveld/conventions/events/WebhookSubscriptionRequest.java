package nl.speelveld.conventions.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A new webhook subscription. */
@Schema(name = "WebhookSubscriptionRequest", requiredProperties = {"url", "types"})
public record WebhookSubscriptionRequest(
        @NotNull @Size(max = 2000) @Schema(maxLength = 2000, format = "uri",
                description = "Where to POST the events: https, a public address (checked at every delivery)",
                examples = "https://portal.example.nl/hooks/speelveld") String url,
        @NotNull @Size(min = 1, max = 100) @Schema(minItems = 1, maxItems = 100,
                description = "The event types to receive (see the webhooks of this document)")
        List<@NotNull @Size(max = 120) String> types,
        @Schema(description = "Only the events of this initiative") UUID initiativeId,
        @Size(max = 500) @Schema(maxLength = 500, description = "Your own note, e.g. which portal this is")
        String description) {
}
