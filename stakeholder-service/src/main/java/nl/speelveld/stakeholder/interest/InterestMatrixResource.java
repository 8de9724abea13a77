package nl.speelveld.stakeholder.interest;

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

/** HTTP for the interest matrix of an initiative: {@code /v1/interest-matrices/{initiativeId}}. */
@Path("/v1/interest-matrices")
@Tag(name = "Read models")
@Produces(MediaType.APPLICATION_JSON)
class InterestMatrixResource {

    private final InterestMatrixService service;

    InterestMatrixResource(InterestMatrixService service) {
        this.service = service;
    }

    @GET
    @Path("{initiativeId}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getInterestMatrix", summary = "The interest matrix of an initiative",
            description = "Groups × issues with the latest stance per group and issue (latest recordedOn, then"
                    + " latest created) and per issue the conflicting pairs: two groups whose latest stances have"
                    + " opposite signs (NEUTRAL and UNKNOWN take no part), with conflict overrides applied. The"
                    + " initiative is checked with initiative-service for your municipality.")
    @APIResponse(responseCode = "200", description = "The matrix",
            content = @Content(schema = @Schema(implementation = InterestMatrixResponse.class),
                    examples = @ExampleObject(name = "park", summary = "Case B, in part", value = Examples.MATRIX)))
    @APIResponse(responseCode = "503", description = "initiative-service could not be asked; retry after the"
            + " seconds in Retry-After")
    public InterestMatrixResponse get(@PathParam("initiativeId") UUID initiativeId) {
        return service.matrix(initiativeId);
    }
}
