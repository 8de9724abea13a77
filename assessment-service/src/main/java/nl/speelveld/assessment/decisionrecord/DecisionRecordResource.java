package nl.speelveld.assessment.decisionrecord;

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
import nl.speelveld.assessment.shared.Scopes;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.idempotency.Idempotent;
import nl.speelveld.conventions.paging.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP for decision records: {@code /v1/assessments/{id}/decision-records}. Append-only. */
@Path("/v1/assessments/{id}/decision-records")
@Tag(name = "Decision records", description = "The civil servant's written weighing per dilemma (afwegingsverslag);"
        + " append-only: a correction is a new record that supersedes the old one")
@Produces(MediaType.APPLICATION_JSON)
class DecisionRecordResource {

    private final DecisionRecordService service;

    DecisionRecordResource(DecisionRecordService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createDecisionRecord", summary = "Record a weighing in answer to an assessment",
            description = "The choice must fit the axis. Interests and groups named are checked in"
                    + " stakeholder-service with your token (which therefore also needs stakeholders:read)."
                    + " Accepts an Idempotency-Key header.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRecordRequest.class),
            examples = @ExampleObject(name = "keepFocus", summary = "Case A: keep the focus, with mitigations",
                    value = Examples.DECISION_RECORD_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new record",
            content = @Content(schema = @Schema(implementation = DecisionRecordResponse.class),
                    examples = @ExampleObject(name = "keepFocus", value = Examples.DECISION_RECORD)))
    @APIResponse(responseCode = "404", description = "No such assessment for your municipality")
    @APIResponse(responseCode = "409", description = "The record named in supersedes is already superseded, or a"
            + " request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "503", description = "stakeholder-service cannot be read to check the ids named;"
            + " nothing was stored", headers = @Header(name = "Retry-After", description = "Seconds to wait",
            schema = @Schema(type = SchemaType.INTEGER)))
    public Response create(@PathParam("id") UUID id, @Valid @NotNull DecisionRecordRequest request,
            @Context UriInfo uri) {
        DecisionRecordResponse created = service.create(id, request);
        return Versions.created(uri, created.id(), created.etag(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listDecisionRecords", summary = "The weighings recorded for an assessment",
            description = "Oldest first (creation time, then id); page with `next`. Superseded records stay listed,"
                    + " with supersededBy.")
    @APIResponse(responseCode = "200", description = "One page of decision records",
            content = @Content(schema = @Schema(ref = "DecisionRecordPage"),
                    examples = @ExampleObject(name = "one", value = "{\"items\": [" + Examples.DECISION_RECORD
                            + "], \"next\": null}")))
    @APIResponse(responseCode = "404", description = "No such assessment for your municipality")
    public Page<DecisionRecordResponse> list(@PathParam("id") UUID id,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(maxLength = 512)) String cursor) {
        return service.list(id, Limit.parse(limit), cursor);
    }

    @GET
    @Path("{recordId}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getDecisionRecord", summary = "Read one decision record")
    @APIResponse(responseCode = "200", description = "The record; its ETag changes only when it gets superseded",
            content = @Content(schema = @Schema(implementation = DecisionRecordResponse.class),
                    examples = @ExampleObject(name = "keepFocus", value = Examples.DECISION_RECORD)))
    public Response get(@PathParam("id") UUID id, @PathParam("recordId") UUID recordId,
            @HeaderParam("If-None-Match")
                    @Parameter(schema = @Schema(maxLength = 200)) String ifNoneMatch) {
        DecisionRecordResponse record = service.get(id, recordId);
        return Versions.read(ifNoneMatch, record.etag(), record);
    }
}
