package nl.speelveld.initiative.initiative;

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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.idempotency.Idempotent;
import nl.speelveld.conventions.json.MergePatch;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.vocabulary.Codes;
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

import java.util.UUID;

/** HTTP for initiatives: {@code /v1/initiatives}. */
@Path("/v1/initiatives")
@Tag(name = "Initiatives", description = "Citizen initiatives, co-productions and citizen collectives")
@Produces(MediaType.APPLICATION_JSON)
class InitiativeResource {

    private final InitiativeService service;

    InitiativeResource(InitiativeService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createInitiative", summary = "Register an initiative",
            description = "Accepts an Idempotency-Key header: the same key and body return the stored answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InitiativeRequest.class),
            examples = @ExampleObject(name = "zonnewijk", summary = "Case A: an energy cooperative",
                    value = Examples.INITIATIVE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the new initiative",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class),
                    examples = @ExampleObject(name = "zonnewijk", value = Examples.INITIATIVE)))
    @APIResponse(responseCode = "409", description = "An external reference already belongs to another initiative,"
            + " or a request with this Idempotency-Key is still running")
    public Response create(@Valid @NotNull InitiativeRequest request, @Context UriInfo uri) {
        InitiativeResponse created = service.create(request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listInitiatives", summary = "List the initiatives of your municipality",
            description = "Oldest first (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of initiatives",
            content = @Content(schema = @Schema(ref = "InitiativePage")))
    public Page<InitiativeResponse> list(
            @QueryParam("type") @Parameter(schema = @Schema(implementation = InitiativeType.class)) String type,
            @QueryParam("phase") @Parameter(schema = @Schema(implementation = LifecyclePhase.class)) String phase,
            @QueryParam("primaryDomain") @Parameter(schema = @Schema(implementation = PolicyDomain.class))
            String primaryDomain,
            @QueryParam("areaCode") @Parameter(description = "A CBS wijk or buurt code",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 10)) String areaCode,
            @QueryParam("externalRef") @Parameter(description = "system:instance:type:id",
                    example = "decidim:participatie.example.nl:initiative:42",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 700)) String externalRef,
            @QueryParam("q") @Parameter(description = "Text in title or summary, any language",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String q,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        String[] ref = null;
        if (externalRef != null && !externalRef.isBlank()) {
            ref = externalRef.split(":", 4);
            if (ref.length != 4) {
                throw ApiException.invalidField("externalRef", "must be system:instance:type:id", "pattern");
            }
        }
        if (q != null && q.length() > 200) {
            throw ApiException.invalidField("q", "must be at most 200 characters", "size");
        }
        if (areaCode != null && areaCode.length() > 10) {
            throw ApiException.invalidField("areaCode", "must be at most 10 characters (a CBS wijk or buurt code,"
                    + " e.g. BU03440101)", "size");
        }
        InitiativeFilter filter = new InitiativeFilter(Codes.parse(InitiativeType.class, type, "type"),
                Codes.parse(LifecyclePhase.class, phase, "phase"),
                Codes.parse(PolicyDomain.class, primaryDomain, "primaryDomain"),
                areaCode == null || areaCode.isBlank() ? null : areaCode, ref,
                q == null || q.isBlank() ? null : q.trim());
        return service.list(filter, Limit.parse(limit), cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getInitiative", summary = "Read an initiative")
    @APIResponse(responseCode = "200", description = "The initiative; its ETag is its version",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class),
                    examples = @ExampleObject(name = "zonnewijk", value = Examples.INITIATIVE)))
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        InitiativeResponse initiative = service.get(id);
        return Versions.read(ifNoneMatch, initiative.version(), initiative);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Scopes.WRITE)
    @Operation(operationId = "updateInitiative", summary = "Change an initiative (JSON merge patch)",
            description = "Needs If-Match with the ETag you read. The phase changes through phase-transitions.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = InitiativeRequest.class),
            examples = @ExampleObject(name = "budget", value = "{\"budgetPerYear\": 120000}")))
    @APIResponse(responseCode = "200", description = "The changed initiative",
            content = @Content(schema = @Schema(implementation = InitiativeResponse.class)))
    @APIResponse(responseCode = "409", description = "An external reference already belongs to another initiative")
    @APIResponse(responseCode = "412", description = "The initiative changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        InitiativeResponse changed = service.patch(id, ifMatch, patch);
        return Response.ok(changed).tag(Versions.etag(changed.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE)
    @Operation(operationId = "deleteInitiative", summary = "Remove an initiative",
            description = "Only when nothing refers to it; `cascade=true` (admin scope) also removes its history.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Issues, problem definitions, observations or decisions exist")
    public Response delete(@PathParam("id") UUID id, @QueryParam("cascade") @Parameter(
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String cascade,
            @Context SecurityContext security) {
        boolean all = cascade != null && switch (cascade) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidField("cascade", "must be true or false", "wrong-type");
        };
        service.delete(id, all, security.isUserInRole(Scopes.ADMIN));
        return Response.noContent().build();
    }
}
