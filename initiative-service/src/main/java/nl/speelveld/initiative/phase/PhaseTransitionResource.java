package nl.speelveld.initiative.phase;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.idempotency.Idempotent;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.Limit;
import nl.speelveld.initiative.shared.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** HTTP for the lifecycle of an initiative: {@code /v1/initiatives/{id}/phase-transitions}. */
@Path("/v1/initiatives/{id}/phase-transitions")
@Tag(name = "Phase transitions", description = "Lifecycle changes of an initiative, with the reason")
@Produces(MediaType.APPLICATION_JSON)
class PhaseTransitionResource {

    private final PhaseTransitionService service;

    PhaseTransitionResource(PhaseTransitionService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createPhaseTransition", summary = "Move the initiative to another phase",
            description = "Records the move (from the current phase) and changes the initiative's `phase`, and with"
                    + " it the initiative's version and ETag. `on` defaults to today. An If-Match with the"
                    + " initiative's ETag is optional; when sent, a stale one is 412. Accepts an Idempotency-Key.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PhaseTransitionRequest.class),
            examples = @ExampleObject(name = "implementation", summary = "Case A: from design to implementation",
                    value = Examples.PHASE_TRANSITION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Moved; Location names the new transition",
            content = @Content(schema = @Schema(implementation = PhaseTransitionResponse.class),
                    examples = @ExampleObject(name = "implementation", value = Examples.PHASE_TRANSITION)))
    @APIResponse(responseCode = "409", description = "The initiative is already in that phase, or a request with"
            + " this Idempotency-Key is still running")
    @APIResponse(responseCode = "412", description = "If-Match was sent and the initiative changed since")
    public Response create(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @Valid @NotNull PhaseTransitionRequest request, @Context UriInfo uri,
            @HeaderParam("If-Match") @Parameter(description = "Optional: the ETag of the initiative you read")
            String ifMatch) {
        PhaseTransitionResponse created = service.create(id, request, ifMatch);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listPhaseTransitions", summary = "List the phase history of the initiative",
            description = "Oldest first (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of transitions",
            content = @Content(schema = @Schema(ref = "PhaseTransitionPage"),
                    examples = @ExampleObject(name = "implementation", value = Examples.PHASE_TRANSITION_PAGE)))
    public Page<PhaseTransitionResponse> list(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(id, Limit.parse(limit), cursor);
    }

    @GET
    @Path("{transitionId}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getPhaseTransition", summary = "Read a phase transition")
    @APIResponse(responseCode = "200", description = "The transition; its ETag is its version",
            content = @Content(schema = @Schema(implementation = PhaseTransitionResponse.class),
                    examples = @ExampleObject(name = "implementation", value = Examples.PHASE_TRANSITION)))
    public Response get(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @PathParam("transitionId") UUID transitionId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        PhaseTransitionResponse transition = service.get(id, transitionId);
        return Versions.read(ifNoneMatch, transition.version(), transition);
    }
}
