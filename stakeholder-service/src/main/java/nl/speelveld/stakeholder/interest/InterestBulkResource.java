package nl.speelveld.stakeholder.interest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Limit;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.stakeholder.shared.BulkReads;
import nl.speelveld.stakeholder.shared.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The bulk read of one initiative's interests, {@code /v1/bulk/interests}: the same items, order and cursors as
 * {@code GET /v1/interests?initiativeId=}, in pages of up to {@value Cursors#MAX_BULK_LIMIT} (see
 * {@code /v1/bulk/stakeholder-groups}).
 */
@Path("/v1/bulk/interests")
@Tag(name = "Bulk reads")
@Produces(MediaType.APPLICATION_JSON)
class InterestBulkResource {

    private final InterestService service;

    InterestBulkResource(InterestService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "bulkReadInterests", summary = "Read every interest of an initiative in large pages",
            description = "Oldest first (creation time, then id), as the list; page with `next`. Your"
                    + " municipality's interests only; an initiative you do not know has none. To read faster, a"
                    + " reader can split the read into `parts` and read them at the same time: part `k` of `n` holds"
                    + " the interests whose id ends in a hexadecimal digit `d` with `d mod n = k`. The parts are"
                    + " disjoint and together hold every interest, each oldest first; merge them by `createdAt`,"
                    + " then `id`, for the list's order.")
    @APIResponse(responseCode = "200", description = "One page of interests",
            content = @Content(schema = @Schema(ref = "InterestPage")))
    public Page<InterestResponse> read(
            @QueryParam("initiativeId") @Parameter(required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String initiativeId,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + Cursors.MAX_BULK_LIMIT, defaultValue = "" + Cursors.DEFAULT_BULK_LIMIT))
            String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor,
            @QueryParam("part") @Parameter(description = "Which part to read, from 0 to `parts` - 1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                            maximum = "" + (BulkReads.MAX_PARTS - 1), defaultValue = "0")) String part,
            @QueryParam("parts") @Parameter(description = "Into how many parts the read is split",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + BulkReads.MAX_PARTS,
                            defaultValue = "1")) String parts) {
        return service.bulk(BulkReads.initiativeId(initiativeId), BulkReads.part(part, parts),
                Limit.parse(limit, Cursors.MAX_BULK_LIMIT), cursor);
    }
}
