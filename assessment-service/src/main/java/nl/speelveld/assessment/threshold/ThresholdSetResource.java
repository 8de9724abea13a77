package nl.speelveld.assessment.threshold;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.speelveld.assessment.shared.Scopes;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** HTTP for the versioned thresholds: {@code /v1/threshold-sets}. */
@Path("/v1/threshold-sets")
@Tag(name = "Threshold sets", description = "The versioned numbers of the method; the default set is built in")
@Produces(MediaType.APPLICATION_JSON)
class ThresholdSetResource {

    private final ThresholdSetService service;

    ThresholdSetResource(ThresholdSetService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listThresholdSets", summary = "The built-in set and your municipality's versions")
    @APIResponse(responseCode = "200", description = "Every version, oldest first",
            content = @Content(schema = @Schema(implementation = ThresholdSetList.class),
                    examples = @ExampleObject(name = "own", value = "{\"items\": [" + Examples.THRESHOLD_SET
                            + "], \"next\": null}")))
    public ThresholdSetList list() {
        return new ThresholdSetList(service.all(), null);
    }

    @GET
    @Path("{version}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getThresholdSet", summary = "One threshold version: the built-in set or one of yours")
    @APIResponse(responseCode = "200", description = "The set with every key, value and description",
            content = @Content(schema = @Schema(implementation = ThresholdSetResponse.class),
                    examples = @ExampleObject(name = "own", value = Examples.THRESHOLD_SET)))
    @APIResponse(responseCode = "404", description = "No such version for your municipality")
    public ThresholdSetResponse byVersion(@PathParam("version") @Parameter(description = "e.g. default-1 or GM0344-2",
            schema = @Schema(maxLength = 64, pattern = "^[A-Za-z0-9-]+$")) String version) {
        return service.byVersion(version);
    }

    @GET
    @Path("current")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getCurrentThresholdSet", summary = "The set new assessments use")
    @APIResponse(responseCode = "200", description = "The current set with every key, value and description",
            content = @Content(schema = @Schema(implementation = ThresholdSetResponse.class),
                    examples = @ExampleObject(name = "own", value = Examples.THRESHOLD_SET)))
    public ThresholdSetResponse current() {
        return service.currentResponse();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createThresholdSet", summary = "Add your municipality's next threshold version",
            description = "Only the keys you change; the rest keep their defaults. Used by new assessments.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ThresholdSetRequest.class),
            examples = @ExampleObject(name = "stricter", value = "{\"values\": {\"band.fi5.hi\": 0.25},"
                    + " \"rationale\": \"Kalibratie met drie wijkteams, oktober 2026\"}")))
    @APIResponse(responseCode = "201", description = "The new version; Location names it",
            content = @Content(schema = @Schema(implementation = ThresholdSetResponse.class),
                    examples = @ExampleObject(name = "own", value = Examples.THRESHOLD_SET)))
    public Response create(@Valid @NotNull ThresholdSetRequest request, @Context UriInfo uri) {
        ThresholdSetResponse created = service.create(request);
        return Versions.created(uri, created.version(), created);
    }

    /** The list of threshold sets, for the OpenAPI document. */
    @Schema(name = "ThresholdSetList")
    record ThresholdSetList(List<ThresholdSetResponse> items,
            @Schema(nullable = true, description = "Always null: every version fits one page") String next) {
    }
}
