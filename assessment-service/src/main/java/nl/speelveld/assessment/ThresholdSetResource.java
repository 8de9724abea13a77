package nl.speelveld.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.speelveld.conventions.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** HTTP for the versioned thresholds: {@code /v1/threshold-sets}. */
@Path("/v1/threshold-sets")
@Tag(name = "Threshold sets", description = "The versioned numbers of the method; the default set is built in")
@Produces(MediaType.APPLICATION_JSON)
public class ThresholdSetResource {

    private final ThresholdSetService service;

    ThresholdSetResource(ThresholdSetService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listThresholdSets", summary = "The built-in set and your municipality's versions")
    @APIResponse(responseCode = "200", description = "Every version, oldest first",
            content = @Content(schema = @Schema(implementation = ThresholdSetList.class)))
    public ThresholdSetList list() {
        return new ThresholdSetList(service.all(), null);
    }

    @GET
    @Path("current")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getCurrentThresholdSet", summary = "The set new assessments use")
    @APIResponse(responseCode = "200", description = "The current set with every key, value and description",
            content = @Content(schema = @Schema(implementation = ThresholdSetResponse.class)))
    public ThresholdSetResponse current() {
        return service.currentResponse();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Operation(operationId = "createThresholdSet", summary = "Add your municipality's next threshold version",
            description = "Only the keys you change; the rest keep their defaults. Used by new assessments.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ThresholdSetRequest.class),
            examples = @ExampleObject(name = "stricter", value = "{\"values\": {\"band.fi5.hi\": 0.25},"
                    + " \"rationale\": \"Kalibratie met drie wijkteams, oktober 2026\"}")))
    @APIResponse(responseCode = "201", description = "The new version",
            content = @Content(schema = @Schema(implementation = ThresholdSetResponse.class)))
    public Response create(@Valid @NotNull ThresholdSetRequest request) {
        return Response.status(201).entity(service.create(request)).build();
    }

    /** The list of threshold sets, for the OpenAPI document. */
    @Schema(name = "ThresholdSetList")
    public record ThresholdSetList(List<ThresholdSetResponse> items,
            @Schema(nullable = true, description = "Always null: every version fits one page") String next) {
    }
}
