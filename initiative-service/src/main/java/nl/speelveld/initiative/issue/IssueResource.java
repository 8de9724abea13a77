package nl.speelveld.initiative.issue;

import com.fasterxml.jackson.databind.JsonNode;
import nl.speelveld.initiative.client.GroupReferences;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** HTTP for the issues (kwesties) of an initiative: {@code /v1/initiatives/{id}/issues}. */
@Path("/v1/initiatives/{id}/issues")
@Tag(name = "Issues", description = "The issues (kwesties) raised around an initiative, in scope or not")
@Produces(MediaType.APPLICATION_JSON)
class IssueResource {

    private final IssueService service;
    private final GroupReferences groups;

    IssueResource(IssueService service, GroupReferences groups) {
        this.service = service;
        this.groups = groups;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createIssue", summary = "Record an issue raised around the initiative",
            description = "A new issue is out of scope until a problem definition takes it in. Accepts an"
                    + " Idempotency-Key header: the same key and body return the stored answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IssueRequest.class),
            examples = @ExampleObject(name = "energyPoverty", summary = "Case A: an issue left out of scope",
                    value = Examples.ISSUE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new issue",
            content = @Content(schema = @Schema(implementation = IssueResponse.class),
                    examples = @ExampleObject(name = "energyPoverty", value = Examples.ISSUE)))
    public Response create(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @Valid @NotNull IssueRequest request, @Context UriInfo uri) {
        groups.require(id, GroupReferences.listed("raisedByGroupIds", request.raisedByGroupIds()));
        IssueResponse created = service.create(id, request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listIssues", summary = "List the issues of the initiative",
            description = "Oldest first (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of issues",
            content = @Content(schema = @Schema(ref = "IssuePage"),
                    examples = @ExampleObject(name = "energyPoverty", value = Examples.ISSUE_PAGE)))
    public Page<IssueResponse> list(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(id, Limit.parse(limit), cursor);
    }

    @GET
    @Path("{issueId}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getIssue", summary = "Read an issue")
    @APIResponse(responseCode = "200", description = "The issue; its ETag is its version",
            content = @Content(schema = @Schema(implementation = IssueResponse.class),
                    examples = @ExampleObject(name = "energyPoverty", value = Examples.ISSUE)))
    public Response get(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @PathParam("issueId") UUID issueId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        IssueResponse issue = service.get(id, issueId);
        return Versions.read(ifNoneMatch, issue.version(), issue);
    }

    @PATCH
    @Path("{issueId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Scopes.WRITE)
    @Operation(operationId = "updateIssue", summary = "Change an issue (JSON merge patch)",
            description = "Needs If-Match with the ETag you read. `inScope` is derived from the current problem"
                    + " definition and cannot be sent.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = IssueRequest.class),
            examples = @ExampleObject(name = "scopeNote", value = Examples.ISSUE_PATCH)))
    @APIResponse(responseCode = "200", description = "The changed issue",
            content = @Content(schema = @Schema(implementation = IssueResponse.class),
                    examples = @ExampleObject(name = "energyPoverty", value = Examples.ISSUE)))
    @APIResponse(responseCode = "409", description = "The issue was changed by another request at the same moment")
    @APIResponse(responseCode = "412", description = "The issue changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patch(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @PathParam("issueId") UUID issueId, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        groups.require(id, GroupReferences.listed("raisedByGroupIds", GroupReferences.ids(patch, "raisedByGroupIds")));
        IssueResponse changed = service.patch(id, issueId, ifMatch, patch);
        return Response.ok(changed).tag(Versions.etag(changed.version())).build();
    }
}
