package nl.speelveld.initiative.decision;

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

/**
 * HTTP for the append-only key decisions of an initiative: {@code /v1/initiatives/{id}/key-decisions}. Changing or
 * removing a decision is refused with 405: a decision that is reversed is a new decision.
 */
@Path("/v1/initiatives/{id}/key-decisions")
@Tag(name = "Key decisions", description = "Append-only decisions taken in the initiative, and by whom")
@Produces(MediaType.APPLICATION_JSON)
class KeyDecisionResource {

    private final KeyDecisionService service;

    KeyDecisionResource(KeyDecisionService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createKeyDecision", summary = "Record a key decision",
            description = "The issue ids must be issues of this initiative. Accepts an Idempotency-Key header: the"
                    + " same key and body return the stored answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KeyDecisionRequest.class),
            examples = @ExampleObject(name = "insulation", summary = "Case A: a decision the members took",
                    value = Examples.KEY_DECISION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new decision",
            content = @Content(schema = @Schema(implementation = KeyDecisionResponse.class),
                    examples = @ExampleObject(name = "insulation", value = Examples.KEY_DECISION)))
    public Response create(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @Valid @NotNull KeyDecisionRequest request, @Context UriInfo uri) {
        KeyDecisionResponse created = service.create(id, request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listKeyDecisions", summary = "List the key decisions of the initiative",
            description = "In the order they were recorded (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of decisions",
            content = @Content(schema = @Schema(ref = "KeyDecisionPage"),
                    examples = @ExampleObject(name = "insulation", value = Examples.KEY_DECISION_PAGE)))
    public Page<KeyDecisionResponse> list(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(id, Limit.parse(limit), cursor);
    }

    @GET
    @Path("{decisionId}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getKeyDecision", summary = "Read a key decision")
    @APIResponse(responseCode = "200", description = "The decision; its ETag is its version",
            content = @Content(schema = @Schema(implementation = KeyDecisionResponse.class),
                    examples = @ExampleObject(name = "insulation", value = Examples.KEY_DECISION)))
    public Response get(@PathParam("id") @Parameter(description = "The initiative") UUID id,
            @PathParam("decisionId") UUID decisionId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        KeyDecisionResponse decision = service.get(id, decisionId);
        return Versions.read(ifNoneMatch, decision.version(), decision);
    }
}
