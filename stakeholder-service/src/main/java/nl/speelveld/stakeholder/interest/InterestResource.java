package nl.speelveld.stakeholder.interest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import nl.speelveld.conventions.json.MergePatch;
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

/** HTTP for interests and the municipality's responses: {@code /v1/interests}. */
@Path("/v1/interests")
@Tag(name = "Interests", description = "Wishes, preferences, interests and ideas of groups about issues, and the"
        + " municipality's response")
@Produces(MediaType.APPLICATION_JSON)
class InterestResource {

    private final InterestService service;

    InterestResource(InterestService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createInterest", summary = "Record an interest of a group about an issue",
            description = "The initiative and issue are checked with initiative-service for your municipality; the"
                    + " group must belong to the same initiative. The response starts OPEN. Accepts an"
                    + " Idempotency-Key header.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InterestRequest.class),
            examples = @ExampleObject(name = "dogs", summary = "Case B: dog owners oppose ecological mowing",
                    value = Examples.INTEREST_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new interest",
            content = @Content(schema = @Schema(implementation = InterestResponse.class),
                    examples = @ExampleObject(name = "dogs", value = Examples.INTEREST)))
    @APIResponse(responseCode = "503", description = "initiative-service could not be asked; nothing was stored."
            + " Retry after the seconds in Retry-After")
    public Response create(@Valid @NotNull InterestRequest request, @Context UriInfo uri) {
        InterestResponse created = service.create(request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listInterests", summary = "List the interests of your municipality",
            description = "Oldest first (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of interests",
            content = @Content(schema = @Schema(ref = "InterestPage")))
    public Page<InterestResponse> list(
            @QueryParam("initiativeId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            String initiativeId,
            @QueryParam("groupId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String groupId,
            @QueryParam("issueId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String issueId,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(Codes.uuid(initiativeId, "initiativeId"), Codes.uuid(groupId, "groupId"),
                Codes.uuid(issueId, "issueId"), Limit.parse(limit), cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getInterest", summary = "Read an interest")
    @APIResponse(responseCode = "200", description = "The interest; its ETag is its version",
            content = @Content(schema = @Schema(implementation = InterestResponse.class),
                    examples = @ExampleObject(name = "dogs", value = Examples.INTEREST)))
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        InterestResponse interest = service.get(id);
        return Versions.read(ifNoneMatch, interest.version(), interest);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Scopes.WRITE)
    @Operation(operationId = "updateInterest", summary = "Change an interest (JSON merge patch)",
            description = "Needs If-Match with the ETag you read. The initiative cannot change; a new issueId is"
                    + " checked with initiative-service. The response changes only through PUT …/response.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = InterestRequest.class),
            examples = @ExampleObject(name = "stance", value = "{\"stance\": \"STRONGLY_OPPOSE\"}")))
    @APIResponse(responseCode = "200", description = "The changed interest",
            content = @Content(schema = @Schema(implementation = InterestResponse.class)))
    @APIResponse(responseCode = "412", description = "The interest changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "503", description = "initiative-service could not be asked about a new issueId;"
            + " nothing was changed")
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        InterestResponse changed = service.patch(id, ifMatch, patch);
        return Response.ok(changed).tag(Versions.etag(changed.version())).build();
    }

    @PUT
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Operation(operationId = "respondToInterest", summary = "Record the municipality's response to an interest",
            description = "Needs If-Match with the ETag you read. A reason is required unless the status is OPEN or"
                    + " ADOPTED (the Omgevingswet's duty to give reasons).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MunicipalResponse.class),
            examples = @ExampleObject(name = "referred", summary = "Case B: the dog zone goes to another programme",
                    value = Examples.RESPONSE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The interest with its new response; the ETag is its new"
            + " version", content = @Content(schema = @Schema(implementation = InterestResponse.class)))
    @APIResponse(responseCode = "412", description = "The interest changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response respond(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MunicipalResponse response) {
        InterestResponse changed = service.respond(id, ifMatch, response);
        return Response.ok(changed).tag(Versions.etag(changed.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE)
    @Operation(operationId = "deleteInterest", summary = "Remove an interest",
            description = "Conflict overrides that name the interest are removed with it.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
