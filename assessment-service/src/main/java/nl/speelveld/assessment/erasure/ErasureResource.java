package nl.speelveld.assessment.erasure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.speelveld.assessment.shared.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the erasure of a person's reference: {@code POST /v1/erasures} (AVG/GDPR art. 17). */
@Path("/v1/erasures")
@Tag(name = "Erasures", description = "Erasing a person's pseudonymous reference from your municipality's records")
@Produces(MediaType.APPLICATION_JSON)
class ErasureResource {

    private final ErasureService service;

    ErasureResource(ErasureService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.ADMIN)
    @Operation(operationId = "eraseReference", summary = "Replace a person's reference by a tombstone, or count first",
            description = "Replaces every decidedBy of a decision record and changedBy of a threshold set of your"
                    + " municipality that names the subject (as a whole word) by \"[erased]\". Decision records keep"
                    + " all other content (the archival duty); only their version goes up. With dryRun true nothing"
                    + " changes and the answer counts what would. One transaction; no events; the log names the"
                    + " subject's SHA-256 only. Needs the admin scope.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ErasureRequest.class),
            examples = {@ExampleObject(name = "dry-run", value = "{\"subject\": \"u-4711\", \"dryRun\": true}"),
                @ExampleObject(name = "erase", value = "{\"subject\": \"u-4711\"}")}))
    @APIResponse(responseCode = "200", description = "What was replaced (or would be, in a dry run), per record type",
            content = @Content(schema = @Schema(implementation = ErasureResponse.class),
                    examples = {@ExampleObject(name = "dry-run", value = "{\"dryRun\": true, \"tombstone\":"
                            + " \"[erased]\", \"changed\": {\"decisionRecords\": 3, \"thresholdSets\": 1},"
                            + " \"total\": 4}"),
                        @ExampleObject(name = "erase", value = "{\"dryRun\": false, \"tombstone\": \"[erased]\","
                                + " \"changed\": {\"decisionRecords\": 3, \"thresholdSets\": 1}, \"total\": 4}")}))
    public ErasureResponse erase(@Valid @NotNull ErasureRequest request) {
        return service.erase(request.subject(), Boolean.TRUE.equals(request.dryRun()));
    }
}
