package nl.speelveld.stakeholder.consultation;

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

/** HTTP for constituency consultations: {@code /v1/constituency-consultations}. */
@Path("/v1/constituency-consultations")
@Tag(name = "Constituency consultations", description = "When and how the active citizens consulted their"
        + " constituency (achterban)")
@Produces(MediaType.APPLICATION_JSON)
class ConstituencyConsultationResource {

    private final ConstituencyConsultationService service;

    ConstituencyConsultationResource(ConstituencyConsultationService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createConstituencyConsultation", summary = "Record a consultation of the constituency",
            description = "The initiative and every issue in issueStances are checked with initiative-service for"
                    + " your municipality; the groups must be of that initiative; respondents is at most"
                    + " constituencySize. Accepts an Idempotency-Key header: the same key and body return the stored"
                    + " answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConstituencyConsultationRequest.class),
            examples = @ExampleObject(name = "members", summary = "Case A: the general meeting of the cooperative",
                    value = Examples.CONSULTATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new constituency consultation",
            content = @Content(schema = @Schema(implementation = ConstituencyConsultationResponse.class),
                    examples = @ExampleObject(name = "members", value = Examples.CONSULTATION)))
    @APIResponse(responseCode = "503", description = "initiative-service could not be asked; nothing was stored."
            + " Retry after the seconds in Retry-After")
    public Response create(@Valid @NotNull ConstituencyConsultationRequest request, @Context UriInfo uri) {
        ConstituencyConsultationResponse created = service.create(request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listConstituencyConsultations", summary = "List the constituency consultations of your"
            + " municipality",
            description = "Oldest first (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of constituency consultations",
            content = @Content(schema = @Schema(ref = "ConstituencyConsultationPage")))
    public Page<ConstituencyConsultationResponse> list(
            @QueryParam("initiativeId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String initiativeId,
            @QueryParam("representativeGroupId")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid",
                            maxLength = 36)) String representativeGroupId,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(Codes.uuid(initiativeId, "initiativeId"), Codes.uuid(representativeGroupId,
                "representativeGroupId"), Limit.parse(limit), cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getConstituencyConsultation", summary = "Read a constituency consultation")
    @APIResponse(responseCode = "200", description = "The constituency consultation; its ETag is its version",
            content = @Content(schema = @Schema(implementation = ConstituencyConsultationResponse.class),
                    examples = @ExampleObject(name = "members", value = Examples.CONSULTATION)))
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        ConstituencyConsultationResponse found = service.get(id);
        return Versions.read(ifNoneMatch, found.version(), found);
    }
}
