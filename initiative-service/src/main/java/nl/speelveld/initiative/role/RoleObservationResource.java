package nl.speelveld.initiative.role;

import nl.speelveld.initiative.client.GroupReferences;
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

/**
 * HTTP for the append-only observations of the government's role: {@code /v1/initiatives/{id}/role-observations}.
 * Changing or removing an observation is refused with 405: a correction is a new observation.
 */
@Path("/v1/initiatives/{id}/role-observations")
@Tag(name = "Role observations", description = "Append-only observations of the government's role")
@Produces(MediaType.APPLICATION_JSON)
class RoleObservationResource {

    private final RoleObservationService service;
    private final GroupReferences groups;

    RoleObservationResource(RoleObservationService service, GroupReferences groups) {
        this.service = service;
        this.groups = groups;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createRoleObservation", summary = "Record an observation of the government's role",
            description = "Accepts an Idempotency-Key header: the same key and body return the stored answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoleObservationRequest.class),
            examples = @ExampleObject(name = "taken", summary = "Case A: the role the municipality takes",
                    value = Examples.ROLE_OBSERVATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new observation",
            content = @Content(schema = @Schema(implementation = RoleObservationResponse.class),
                    examples = @ExampleObject(name = "taken", value = Examples.ROLE_OBSERVATION)))
    public Response create(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @Valid @NotNull RoleObservationRequest request, @Context UriInfo uri) {
        groups.require(id, java.util.Collections.singletonMap("holderGroupId", request.holderGroupId()));
        RoleObservationResponse created = service.create(id, request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listRoleObservations", summary = "List the role observations of the initiative",
            description = "In the order they were recorded (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of observations",
            content = @Content(schema = @Schema(ref = "RoleObservationPage"),
                    examples = @ExampleObject(name = "taken", value = Examples.ROLE_OBSERVATION_PAGE)))
    public Page<RoleObservationResponse> list(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(id, Limit.parse(limit), cursor);
    }

    @GET
    @Path("{observationId}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getRoleObservation", summary = "Read a role observation")
    @APIResponse(responseCode = "200", description = "The observation; its ETag is its version",
            content = @Content(schema = @Schema(implementation = RoleObservationResponse.class),
                    examples = @ExampleObject(name = "taken", value = Examples.ROLE_OBSERVATION)))
    public Response get(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @PathParam("observationId") UUID observationId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        RoleObservationResponse observation = service.get(id, observationId);
        return Versions.read(ifNoneMatch, observation.version(), observation);
    }
}
