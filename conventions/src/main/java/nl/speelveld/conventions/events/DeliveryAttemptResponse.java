package nl.speelveld.conventions.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One delivery attempt: when, for which event, what came back and how long it took; never a response body. */
@Schema(name = "WebhookDeliveryAttempt", requiredProperties = {"id", "eventId", "eventType", "attempt", "at",
        "durationMs", "outcome"})
public record DeliveryAttemptResponse(
        UUID id,
        UUID eventId,
        @Schema(maxLength = 120) String eventType,
        @Schema(minimum = "1", maximum = "100") int attempt,
        @Schema(maxLength = 40) Instant at,
        @Schema(minimum = "100", maximum = "599", nullable = true, description = "None when no answer came")
        Integer statusCode,
        @Schema(minimum = "0", maximum = "2147483647") int durationMs,
        @Schema(enumeration = {"delivered", "retrying", "failed", "gone", "refused", "discarded"}, maxLength = 12)
        String outcome,
        @Schema(maxLength = 300, nullable = true, description = "A short reason: HTTP status, timeout, refused target")
        String reason) {
}
