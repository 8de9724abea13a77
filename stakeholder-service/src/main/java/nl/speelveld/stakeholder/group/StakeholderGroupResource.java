package nl.speelveld.stakeholder.group;

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
import nl.speelveld.conventions.json.MergePatch;
import nl.speelveld.conventions.paging.Limit;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.vocabulary.Codes;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import nl.speelveld.stakeholder.shared.Examples;
import nl.speelveld.stakeholder.shared.Scopes;
import nl.speelveld.stakeholder.vocabulary.VoiceMode;
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

/** HTTP for stakeholder groups: {@code /v1/stakeholder-groups}. */
@Path("/v1/stakeholder-groups")
@Tag(name = "Stakeholder groups", description = "Groups with a stake in an initiative: source, salience and voice")
@Produces(MediaType.APPLICATION_JSON)
class StakeholderGroupResource {

    private final StakeholderGroupService service;

    StakeholderGroupResource(StakeholderGroupService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createStakeholderGroup", summary = "Record a stakeholder group",
            description = "The initiative is checked with initiative-service for your municipality. Accepts an"
                    + " Idempotency-Key header: the same key and body return the stored answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StakeholderGroupRequest.class),
            examples = {@ExampleObject(name = "tenants", summary = "Case A: silent social-housing tenants",
                    value = Examples.GROUP_REQUEST),
                    @ExampleObject(name = "dogs", summary = "Case B: dog owners", value = Examples.GROUP_REQUEST_B)}))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new group",
            content = @Content(schema = @Schema(implementation = StakeholderGroupResponse.class),
                    examples = @ExampleObject(name = "tenants", value = Examples.GROUP)))
    @APIResponse(responseCode = "503", description = "initiative-service could not be asked; nothing was stored."
            + " Retry after the seconds in Retry-After")
    public Response create(@Valid @NotNull StakeholderGroupRequest request, @Context UriInfo uri) {
        StakeholderGroupResponse created = service.create(request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listStakeholderGroups", summary = "List the stakeholder groups of your municipality",
            description = "Oldest first (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of groups",
            content = @Content(schema = @Schema(ref = "StakeholderGroupPage")))
    public Page<StakeholderGroupResponse> list(
            @QueryParam("initiativeId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            String initiativeId,
            @QueryParam("source") @Parameter(schema = @Schema(implementation = StakeholderSource.class)) String source,
            @QueryParam("voice") @Parameter(schema = @Schema(implementation = VoiceMode.class)) String voice,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(Codes.uuid(initiativeId, "initiativeId"),
                Codes.parse(StakeholderSource.class, source, "source"), Codes.parse(VoiceMode.class, voice, "voice"),
                Limit.parse(limit), cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getStakeholderGroup", summary = "Read a stakeholder group")
    @APIResponse(responseCode = "200", description = "The group; its ETag is its version",
            content = @Content(schema = @Schema(implementation = StakeholderGroupResponse.class),
                    examples = @ExampleObject(name = "tenants", value = Examples.GROUP)))
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        StakeholderGroupResponse group = service.get(id);
        return Versions.read(ifNoneMatch, group.version(), group);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Scopes.WRITE)
    @Operation(operationId = "updateStakeholderGroup", summary = "Change a stakeholder group (JSON merge patch)",
            description = "Needs If-Match with the ETag you read. The initiative cannot change; salienceClass follows"
                    + " from power, legitimacy and urgency.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = StakeholderGroupRequest.class),
            examples = @ExampleObject(name = "voice", summary = "The tenants' association now speaks for them",
                    value = "{\"voice\": \"REPRESENTED_WITH_MANDATE\", \"voiceEvidence\": \"MEETING\"}")))
    @APIResponse(responseCode = "200", description = "The changed group",
            content = @Content(schema = @Schema(implementation = StakeholderGroupResponse.class)))
    @APIResponse(responseCode = "412", description = "The group changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        StakeholderGroupResponse changed = service.patch(id, ifMatch, patch);
        return Response.ok(changed).tag(Versions.etag(changed.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE)
    @Operation(operationId = "deleteStakeholderGroup", summary = "Remove a stakeholder group",
            description = "Only when no interest, representation, profile, snapshot or consultation refers to it.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Interests or other records still refer to the group")
    public Response delete(@PathParam("id") UUID id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
