package nl.speelveld.conventions.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Limit;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** HTTP for the change feed: {@code GET /v1/events} with the service's read scope. */
@Path("/v1/events")
@Tag(name = "Events", description = "The change feed of this service (CloudEvents 1.0); see also the webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class EventFeedResource {

    private final EventFeed feed;
    private final Tenant tenant;
    private final ObjectMapper json;
    private final Set<String> catalogue;

    EventFeedResource(EventFeed feed, Tenant tenant, ObjectMapper json, Config config) {
        this.feed = feed;
        this.tenant = tenant;
        this.json = json;
        this.catalogue = new HashSet<>(EventCatalogue.types(config));
    }

    @GET
    @RolesAllowed("${speelveld.events.read-scope}")
    @Operation(operationId = "listEvents", summary = "Read the change feed of your municipality",
            description = "Every create, change, delete and state change of this service's resources, in the order in"
                    + " which their transactions began writing (not commit order; none is ever skipped), a stable"
                    + " order that only grows at the end. Keep `next` and pass it as `after` to read on;"
                    + " `next` is also given on the last page, so polling with it returns only new events. Events"
                    + " are kept 30 days (configurable). See docs/events.md for the order guarantee.")
    @APIResponse(responseCode = "200", description = "One page of events",
            content = @Content(schema = @Schema(implementation = EventPage.class)))
    public EventPage list(
            @QueryParam("after") @Parameter(description = "The `next` of the previous page; absent: from the oldest",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String after,
            @QueryParam("type") @Parameter(description = "Only these event types (repeat the parameter for more)",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 50,
                            implementation = String.class)) List<String> types,
            @QueryParam("initiativeId") @Parameter(description = "Only the events of this initiative",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String initiativeId,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit) {
        List<String> wanted = new ArrayList<>();
        if (types != null) {
            if (types.size() > 50) {
                throw ApiException.invalidField("type", "must be given at most 50 times", "size");
            }
            for (String type : types) {
                if (!catalogue.contains(type)) {
                    throw ApiException.invalidField("type", "is not an event type of this service: '"
                            + (type.length() > 120 ? type.substring(0, 120) : type) + "'", "unknown-code");
                }
                wanted.add(type);
            }
        }
        UUID initiative = null;
        if (initiativeId != null && !initiativeId.isBlank()) {
            try {
                initiative = UUID.fromString(initiativeId.trim());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidField("initiativeId", "must be a UUID", "wrong-type");
            }
        }
        if (after != null && after.length() > 512) {
            throw ApiException.invalidField("after", "must be at most 512 characters", "size");
        }
        Integer size = Limit.parse(limit);
        EventFeed.Slice slice = feed.read(tenant.code(), after, wanted, initiative,
                size == null ? Cursors.DEFAULT_LIMIT : size);
        List<CloudEvent> items = new ArrayList<>();
        for (EventFeed.Entry entry : slice.entries()) {
            try {
                items.add(json.readValue(entry.body(), CloudEvent.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored event is not valid JSON", e);
            }
        }
        return new EventPage(items, slice.next());
    }

    /** A page of the feed. */
    @Schema(name = "EventPage", requiredProperties = {"items", "next"})
    public record EventPage(@Schema(maxItems = 100) List<CloudEvent> items,
            @Schema(description = "Pass as `after` to read on; given on every page", maxLength = 512) String next) {
    }
}
