package nl.speelveld.stakeholder.interest;

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

/** HTTP for conflict overrides: {@code /v1/conflict-overrides}. */
@Path("/v1/conflict-overrides")
@Tag(name = "Conflict overrides", description = "A person's correction of the stance-based conflict rule")
@Produces(MediaType.APPLICATION_JSON)
class ConflictOverrideResource {

    private final ConflictOverrideService service;

    ConflictOverrideResource(ConflictOverrideService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createConflictOverride", summary = "Correct the conflict rule for a pair of interests",
            description = "Both interests must be of your municipality, on the same initiative and issue, from"
                    + " different groups. The latest override of a pair wins; it applies while both interests are the"
                    + " latest of their group and issue. Accepts an Idempotency-Key header: the same key and body"
                    + " return the stored answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConflictOverrideRequest.class),
            examples = @ExampleObject(name = "compatible", summary = "Case B: a dog zone at the edge fits ecological"
                    + " mowing", value = Examples.OVERRIDE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new conflict override",
            content = @Content(schema = @Schema(implementation = ConflictOverrideResponse.class),
                    examples = @ExampleObject(name = "compatible", value = Examples.OVERRIDE)))
    public Response create(@Valid @NotNull ConflictOverrideRequest request, @Context UriInfo uri) {
        ConflictOverrideResponse created = service.create(request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listConflictOverrides", summary = "List the conflict overrides of your municipality",
            description = "Oldest first (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of conflict overrides",
            content = @Content(schema = @Schema(ref = "ConflictOverridePage")))
    public Page<ConflictOverrideResponse> list(
            @QueryParam("initiativeId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String initiativeId,
            @QueryParam("issueId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String issueId,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(Codes.uuid(initiativeId, "initiativeId"), Codes.uuid(issueId, "issueId"), Limit.parse(limit), cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getConflictOverride", summary = "Read a conflict override")
    @APIResponse(responseCode = "200", description = "The conflict override; its ETag is its version",
            content = @Content(schema = @Schema(implementation = ConflictOverrideResponse.class),
                    examples = @ExampleObject(name = "compatible", value = Examples.OVERRIDE)))
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        ConflictOverrideResponse found = service.get(id);
        return Versions.read(ifNoneMatch, found.version(), found);
    }
}
