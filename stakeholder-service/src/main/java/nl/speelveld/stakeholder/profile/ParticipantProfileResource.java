package nl.speelveld.stakeholder.profile;

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

/** HTTP for participant profiles: {@code /v1/participant-profiles}. */
@Path("/v1/participant-profiles")
@Tag(name = "Participant profiles", description = "Aggregated profiles of a group's participants, never data about"
        + " one person")
@Produces(MediaType.APPLICATION_JSON)
class ParticipantProfileResource {

    private final ParticipantProfileService service;

    ParticipantProfileResource(ParticipantProfileService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createParticipantProfile", summary = "Record the aggregated profile of a group's"
            + " participants",
            description = "The initiative is checked with initiative-service for your municipality; the group must be"
                    + " of that initiative and the reference a population profile of your municipality. The counts of"
                    + " each dimension must sum to n; UNKNOWN is a category of every dimension. Accepts an"
                    + " Idempotency-Key header: the same key and body return the stored answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ParticipantProfileRequest.class),
            examples = @ExampleObject(name = "core", summary = "Case B: the core group of 12",
                    value = Examples.PARTICIPANT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new participant profile",
            content = @Content(schema = @Schema(implementation = ParticipantProfileResponse.class),
                    examples = @ExampleObject(name = "core", value = Examples.PARTICIPANT)))
    @APIResponse(responseCode = "503", description = "initiative-service could not be asked; nothing was stored."
            + " Retry after the seconds in Retry-After")
    public Response create(@Valid @NotNull ParticipantProfileRequest request, @Context UriInfo uri) {
        ParticipantProfileResponse created = service.create(request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listParticipantProfiles", summary = "List the participant profiles of your municipality",
            description = "Oldest first (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of participant profiles",
            content = @Content(schema = @Schema(ref = "ParticipantProfilePage")))
    public Page<ParticipantProfileResponse> list(
            @QueryParam("initiativeId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String initiativeId,
            @QueryParam("groupId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String groupId,
            @QueryParam("scope") @Parameter(schema = @Schema(implementation = ProfileScope.class)) String scope,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(Codes.uuid(initiativeId, "initiativeId"), Codes.uuid(groupId, "groupId"),
                Codes.parse(ProfileScope.class, scope, "scope"), Limit.parse(limit), cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getParticipantProfile", summary = "Read a participant profile")
    @APIResponse(responseCode = "200", description = "The participant profile; its ETag is its version",
            content = @Content(schema = @Schema(implementation = ParticipantProfileResponse.class),
                    examples = @ExampleObject(name = "core", value = Examples.PARTICIPANT)))
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        ParticipantProfileResponse found = service.get(id);
        return Versions.read(ifNoneMatch, found.version(), found);
    }
}
