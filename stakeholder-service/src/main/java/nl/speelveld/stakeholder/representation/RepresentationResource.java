package nl.speelveld.stakeholder.representation;

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

/** HTTP for representations: {@code /v1/representations}. */
@Path("/v1/representations")
@Tag(name = "Representations", description = "Who speaks for whom")
@Produces(MediaType.APPLICATION_JSON)
class RepresentationResource {

    private final RepresentationService service;

    RepresentationResource(RepresentationService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createRepresentation", summary = "Record that one group speaks for another",
            description = "Both groups must be of your municipality and of one initiative, which the representation"
                    + " takes. Accepts an Idempotency-Key header: the same key and body return the stored answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RepresentationRequest.class),
            examples = @ExampleObject(name = "tenants", summary = "Case A: the tenants' association speaks for the"
                    + " tenants", value = Examples.REPRESENTATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new representation",
            content = @Content(schema = @Schema(implementation = RepresentationResponse.class),
                    examples = @ExampleObject(name = "tenants", value = Examples.REPRESENTATION)))
    public Response create(@Valid @NotNull RepresentationRequest request, @Context UriInfo uri) {
        RepresentationResponse created = service.create(request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listRepresentations", summary = "List the representations of your municipality",
            description = "Oldest first (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of representations",
            content = @Content(schema = @Schema(ref = "RepresentationPage")))
    public Page<RepresentationResponse> list(
            @QueryParam("initiativeId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String initiativeId,
            @QueryParam("representativeGroupId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String representativeGroupId,
            @QueryParam("representedGroupId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String representedGroupId,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(Codes.uuid(initiativeId, "initiativeId"), Codes.uuid(representativeGroupId,
                "representativeGroupId"), Codes.uuid(representedGroupId, "representedGroupId"), Limit.parse(limit), cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getRepresentation", summary = "Read a representation")
    @APIResponse(responseCode = "200", description = "The representation; its ETag is its version",
            content = @Content(schema = @Schema(implementation = RepresentationResponse.class),
                    examples = @ExampleObject(name = "tenants", value = Examples.REPRESENTATION)))
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        RepresentationResponse found = service.get(id);
        return Versions.read(ifNoneMatch, found.version(), found);
    }
}
