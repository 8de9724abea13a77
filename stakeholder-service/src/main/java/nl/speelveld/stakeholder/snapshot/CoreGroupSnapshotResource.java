package nl.speelveld.stakeholder.snapshot;

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
import nl.speelveld.conventions.paging.Limit;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.idempotency.Idempotent;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.vocabulary.Codes;
import nl.speelveld.stakeholder.shared.Examples;
import nl.speelveld.stakeholder.shared.Scopes;
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

/** HTTP for core-group snapshots: {@code /v1/core-group-snapshots}. */
@Path("/v1/core-group-snapshots")
@Tag(name = "Core-group snapshots", description = "Size and renewal of the active core over time")
@Produces(MediaType.APPLICATION_JSON)
class CoreGroupSnapshotResource {

    private final CoreGroupSnapshotService service;

    CoreGroupSnapshotResource(CoreGroupSnapshotService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createCoreGroupSnapshot", summary = "Record the size and renewal of a group's active"
            + " core",
            description = "The initiative is checked with initiative-service for your municipality; the group must be"
                    + " of that initiative; coreJoinedLast24Months is at most coreSize. Accepts an Idempotency-Key"
                    + " header: the same key and body return the stored answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CoreGroupSnapshotRequest.class),
            examples = @ExampleObject(name = "core", summary = "Case B: a closed core of 12",
                    value = Examples.SNAPSHOT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new core-group snapshot",
            content = @Content(schema = @Schema(implementation = CoreGroupSnapshotResponse.class),
                    examples = @ExampleObject(name = "core", value = Examples.SNAPSHOT)))
    @APIResponse(responseCode = "503", description = "initiative-service could not be asked; nothing was stored."
            + " Retry after the seconds in Retry-After")
    public Response create(@Valid @NotNull CoreGroupSnapshotRequest request, @Context UriInfo uri) {
        CoreGroupSnapshotResponse created = service.create(request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listCoreGroupSnapshots", summary = "List the core-group snapshots of your municipality",
            description = "Oldest first (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of core-group snapshots",
            content = @Content(schema = @Schema(ref = "CoreGroupSnapshotPage")))
    public Page<CoreGroupSnapshotResponse> list(
            @QueryParam("initiativeId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String initiativeId,
            @QueryParam("groupId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String groupId,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(Codes.uuid(initiativeId, "initiativeId"), Codes.uuid(groupId, "groupId"), Limit.parse(limit), cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getCoreGroupSnapshot", summary = "Read a core-group snapshot")
    @APIResponse(responseCode = "200", description = "The core-group snapshot; its ETag is its version",
            content = @Content(schema = @Schema(implementation = CoreGroupSnapshotResponse.class),
                    examples = @ExampleObject(name = "core", value = Examples.SNAPSHOT)))
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        CoreGroupSnapshotResponse found = service.get(id);
        return Versions.read(ifNoneMatch, found.version(), found);
    }
}
