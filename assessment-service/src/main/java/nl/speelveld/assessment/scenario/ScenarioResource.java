package nl.speelveld.assessment.scenario;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.speelveld.assessment.shared.Scopes;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.idempotency.Idempotent;
import nl.speelveld.conventions.paging.Limit;
import nl.speelveld.conventions.paging.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP for what-if scenarios: {@code /v1/assessments/{id}/scenarios}. */
@Path("/v1/assessments/{id}/scenarios")
@Tag(name = "Scenarios", description = "What if? Options tried on a copy of an assessment's data before choosing:"
        + " computed from the assessment's own snapshot with the same method and thresholds; no record is changed")
@Produces(MediaType.APPLICATION_JSON)
class ScenarioResource {

    static final String EXAMPLE_REQUEST = "{\"label\": \"Huurders aan tafel\", \"changes\": [{\"kind\": \"SET_VOICE\","
            + " \"groupId\": \"2b8e4c1a-6f3d-4e2b-9a7c-1d0e5f6a7b83\", \"voice\": \"REPRESENTED_WITH_MANDATE\"},"
            + " {\"kind\": \"SCOPE_ISSUE\", \"issueId\": \"7d1f0c52-1e59-4b7a-9d0a-0f5b1c2d3e41\", \"inScope\": true}]}";

    private final ScenarioService service;

    ScenarioResource(ScenarioService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createScenario", summary = "Try options on a copy of an assessment's data",
            description = "Applies up to 50 changes in order to a copy of the assessment's stored input snapshot and"
                    + " runs the same method with the same thresholds. Reads no other service and changes no"
                    + " record; a change that does not fit the snapshot is a 400 naming it (changes[i].field)."
                    + " Accepts an Idempotency-Key header.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScenarioRequest.class),
            examples = @ExampleObject(name = "tenantsAtTheTable", value = EXAMPLE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Computed and stored; Location names the scenario",
            content = @Content(schema = @Schema(implementation = ScenarioResponse.class)))
    @APIResponse(responseCode = "404", description = "No such assessment for your municipality")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull ScenarioRequest request, @Context UriInfo uri) {
        ScenarioResponse created = service.create(id, request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listScenarios", summary = "The scenarios tried on an assessment",
            description = "Oldest first; page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of scenarios",
            content = @Content(schema = @Schema(ref = "ScenarioPage")))
    @APIResponse(responseCode = "404", description = "No such assessment for your municipality")
    public Page<ScenarioResponse> list(@PathParam("id") UUID id,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(maxLength = 512)) String cursor) {
        return service.list(id, Limit.parse(limit), cursor);
    }

    @GET
    @Path("{scenarioId}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getScenario", summary = "Read one scenario")
    @APIResponse(responseCode = "200", description = "The scenario; it never changes",
            content = @Content(schema = @Schema(implementation = ScenarioResponse.class)))
    @APIResponse(responseCode = "404", description = "No such scenario of this assessment for your municipality")
    public Response get(@PathParam("id") UUID id, @PathParam("scenarioId") UUID scenarioId,
            @HeaderParam("If-None-Match") @Parameter(schema = @Schema(maxLength = 200)) String ifNoneMatch) {
        ScenarioResponse s = service.get(id, scenarioId);
        return Versions.read(ifNoneMatch, s.version(), s);
    }

    @DELETE
    @Path("{scenarioId}")
    @RolesAllowed(Scopes.WRITE)
    @Operation(operationId = "deleteScenario", summary = "Delete a scenario",
            description = "A scenario that a decision record cites as an option weighed is kept (409).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such scenario of this assessment for your municipality")
    @APIResponse(responseCode = "409", description = "A decision record cites this scenario")
    public Response delete(@PathParam("id") UUID id, @PathParam("scenarioId") UUID scenarioId) {
        service.delete(id, scenarioId);
        return Response.noContent().build();
    }
}
