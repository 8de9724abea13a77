package nl.speelveld.conventions.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The answer to a test: the id of the test event queued for delivery. */
@Schema(name = "WebhookTestDelivery", requiredProperties = {"eventId", "willBeSent"})
public record TestDeliveryResponse(
        @Schema(description = "The webhook-id of the test delivery") UUID eventId,
        @Schema(description = "False while the subscription is disabled: it is sent once enabled")
        boolean willBeSent) {
}
