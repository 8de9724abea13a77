package nl.speelveld.initiative.problemdefinition;

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

/** HTTP for the versioned problem definition of an initiative: {@code /v1/initiatives/{id}/problem-definitions}. */
@Path("/v1/initiatives/{id}/problem-definitions")
@Tag(name = "Problem definitions", description = "The versioned problem definition: statement and issues in scope")
@Produces(MediaType.APPLICATION_JSON)
class ProblemDefinitionResource {

    private final ProblemDefinitionService service;

    ProblemDefinitionResource(ProblemDefinitionService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createProblemDefinition", summary = "Record the next version of the problem definition",
            description = "The new version becomes the current one: the issues it lists are in scope, all others"
                    + " out of scope. Versions are never changed. Accepts an Idempotency-Key header.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProblemDefinitionRequest.class),
            examples = @ExampleObject(name = "zonnewijk", summary = "Case A: two issues in scope",
                    value = Examples.PROBLEM_DEFINITION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new version",
            content = @Content(schema = @Schema(implementation = ProblemDefinitionResponse.class),
                    examples = @ExampleObject(name = "zonnewijk", value = Examples.PROBLEM_DEFINITION)))
    @APIResponse(responseCode = "409", description = "An issue was changed at the same moment, or a request with"
            + " this Idempotency-Key is still running")
    public Response create(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @Valid @NotNull ProblemDefinitionRequest request, @Context UriInfo uri) {
        ProblemDefinitionResponse created = service.create(id, request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listProblemDefinitions", summary = "List every version of the problem definition",
            description = "Oldest (sequence 1) first; page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of versions",
            content = @Content(schema = @Schema(ref = "ProblemDefinitionPage"),
                    examples = @ExampleObject(name = "zonnewijk", value = Examples.PROBLEM_DEFINITION_PAGE)))
    public Page<ProblemDefinitionResponse> list(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(id, Limit.parse(limit), cursor);
    }

    @GET
    @Path("current")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getCurrentProblemDefinition", summary = "Read the current problem definition",
            description = "The newest version. 404 while the initiative has no problem definition. Its ETag is the"
                    + " id of the current version, so it changes when a new version is posted.")
    @APIResponse(responseCode = "200", description = "The current version",
            content = @Content(schema = @Schema(implementation = ProblemDefinitionResponse.class),
                    examples = @ExampleObject(name = "zonnewijk", value = Examples.PROBLEM_DEFINITION)))
    public Response current(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        ProblemDefinitionResponse current = service.current(id);
        return Versions.read(ifNoneMatch, current.id().toString(), current);
    }

    @GET
    @Path("{definitionId}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getProblemDefinition", summary = "Read one version of the problem definition")
    @APIResponse(responseCode = "200", description = "The version; its ETag is its version",
            content = @Content(schema = @Schema(implementation = ProblemDefinitionResponse.class),
                    examples = @ExampleObject(name = "zonnewijk", value = Examples.PROBLEM_DEFINITION)))
    public Response get(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @PathParam("definitionId") UUID definitionId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        ProblemDefinitionResponse definition = service.get(id, definitionId);
        return Versions.read(ifNoneMatch, definition.version(), definition);
    }
}
