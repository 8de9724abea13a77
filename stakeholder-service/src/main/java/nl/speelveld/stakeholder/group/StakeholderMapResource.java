package nl.speelveld.stakeholder.group;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.speelveld.stakeholder.shared.Examples;
import nl.speelveld.stakeholder.shared.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP for the stakeholder map of an initiative: {@code /v1/stakeholder-maps/{initiativeId}}. */
@Path("/v1/stakeholder-maps")
@Tag(name = "Read models", description = "Views computed from the records, for display")
@Produces(MediaType.APPLICATION_JSON)
class StakeholderMapResource {

    private final StakeholderMapService service;

    StakeholderMapResource(StakeholderMapService service) {
        this.service = service;
    }

    @GET
    @Path("{initiativeId}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getStakeholderMap", summary = "The stakeholder map of an initiative",
            description = "The groups by source (co-producing citizens, broader public, public organisation,"
                    + " politics) with salience class, voice, affected and hard to reach. The initiative is checked"
                    + " with initiative-service for your municipality.")
    @APIResponse(responseCode = "200", description = "The map",
            content = @Content(schema = @Schema(implementation = StakeholderMapResponse.class),
                    examples = @ExampleObject(name = "park", summary = "Case B, in part", value = Examples.MAP)))
    @APIResponse(responseCode = "503", description = "initiative-service could not be asked; retry after the"
            + " seconds in Retry-After")
    public StakeholderMapResponse get(@PathParam("initiativeId") UUID initiativeId) {
        return service.map(initiativeId);
    }
}
