package nl.speelveld.conventions.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schema of an event in the feed and in a webhook delivery (CloudEvents 1.0, JSON structured mode). */
@Schema(name = "CloudEvent", description = "A CloudEvents 1.0 event in JSON structured mode (docs/events.md)",
        requiredProperties = {"specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data"})
public record CloudEvent(
        @Schema(enumeration = "1.0", maxLength = 3) String specversion,
        @Schema(format = "uuid", maxLength = 36, description = "Unique per event; also the delivery's webhook-id")
        String id,
        @Schema(maxLength = 100, examples = "/initiative-service") String source,
        @Schema(maxLength = 120, description = "nl.speelveld.<resource>.<action>.v1",
                examples = "nl.speelveld.initiative.updated.v1") String type,
        @Schema(maxLength = 400, description = "The resource's path below /v1",
                examples = "initiatives/3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13") String subject,
        @Schema(format = "date-time", maxLength = 40) String time,
        @Schema(enumeration = "application/json", maxLength = 20) String datacontenttype,
        @Schema(implementation = EventData.class) ObjectNode data) {

    /** The schema of {@code data}: ids, the version and the link, never texts or counts. */
    @Schema(name = "CloudEventData", requiredProperties = {"id", "municipalityCode", "version", "href"},
            description = "Ids, version and link of the changed resource; read the resource itself with your own"
                    + " token. Resources below another carry its id too (e.g. groupId, assessmentId).")
    public record EventData(
            @Schema(format = "uuid", maxLength = 36) String id,
            @Schema(format = "uuid", maxLength = 36, description = "Absent for a resource of the whole municipality")
            String initiativeId,
            @Schema(maxLength = 6, pattern = "^GM[0-9]{4}$") String municipalityCode,
            @Schema(minimum = "0", maximum = "9223372036854775807",
                    description = "The resource's version after the change (its ETag); on delete the last one")
            long version,
            @Schema(maxLength = 500, examples = "/v1/initiatives/3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13") String href,
            @Schema(format = "uuid", maxLength = 36, description = "The stakeholder group the resource belongs to"
                    + " (interests, representations, profiles)") String groupId,
            @Schema(format = "uuid", maxLength = 36, description = "The assessment the resource belongs to"
                    + " (scenarios, decision records)") String assessmentId) {
    }
}
