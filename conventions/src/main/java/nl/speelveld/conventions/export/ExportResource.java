package nl.speelveld.conventions.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** HTTP for a municipality's export: {@code GET /v1/exports/{municipalityCode}} with the admin scope. */
@Path("/v1/exports")
@Tag(name = "Exports", description = "All of your municipality's records of this service as one file, and its"
        + " import into another installation (docs/export.md)")
public class ExportResource {

    static final String ADMIN = "admin";
    static final String EXAMPLE = "{\"export\":{\"service\":\"stakeholder-service\",\"municipalityCode\":\"GM0344\","
            + "\"schemaVersion\":\"1\",\"format\":1}}\n"
            + "{\"table\":\"stakeholder_group\",\"row\":{\"id\":\"0b6f5c1e-5d8a-4f7e-9a51-6c3f2d8e4b10\","
            + "\"name\":\"Bewoners Zonnewijk\",\"municipality_code\":\"GM0344\",\"version\":3,\"...\":\"...\"}}\n"
            + "{\"manifest\":{\"service\":\"stakeholder-service\",\"municipalityCode\":\"GM0344\",\"schemaVersion\":"
            + "\"1\",\"format\":1,\"counts\":{\"stakeholder_group\":1,\"interest\":0},\"records\":1,\"sha256\":"
            + "\"9f2c4e0d7a1b3c5e8f6a2d4b1c3e5f7a9b0d2c4e6f8a1b3c5d7e9f0a2b4c6d8e\","
            + "\"exportedAt\":\"2026-12-02T07:00:00Z\"}}\n";

    private final MunicipalityExport export;
    private final ExportCatalogue catalogue;
    private final Tenant tenant;

    ExportResource(MunicipalityExport export, ExportCatalogue catalogue, Tenant tenant) {
        this.export = export;
        this.catalogue = catalogue;
        this.tenant = tenant;
    }

    @GET
    @Path("/{municipalityCode}")
    @Produces(ExportFile.MEDIA_TYPE)
    @RolesAllowed(ADMIN)
    @Operation(operationId = "exportMunicipality", summary = "Export every record of your municipality",
            description = "Streams every record of your municipality in this service, with its id, version and"
                    + " history (append-only records, the change feed's events, webhook subscriptions and their"
                    + " deliveries) as NDJSON: a header line, one line per record ({\"table\", \"row\"}), and a"
                    + " manifest as the last line with the counts per table, the schema version and the SHA-256"
                    + " of the lines before it. One consistent moment across the tables. A file without a"
                    + " manifest line was cut off. Idempotency keys are left out (kept 24 hours for retries"
                    + " only). The file holds the webhook subscriptions' signing secrets: keep it as a secret."
                    + " Needs the admin scope; only your own municipality (another code answers 404). The format:"
                    + " docs/export.md.")
    @APIResponse(responseCode = "200", description = "The export file, streamed",
            headers = @Header(name = "Content-Disposition", description = "attachment; with a file name",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            content = @Content(mediaType = ExportFile.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, description = "NDJSON, see docs/export.md")))
    @APIResponse(responseCode = "404", description = "Not your municipality: the token's municipality is exported"
            + " only")
    public Response export(@PathParam("municipalityCode") @Parameter(description = "Your municipality's CBS code",
            example = "GM0344", schema = @Schema(type = SchemaType.STRING, pattern = "^GM[0-9]{4}$", maxLength = 6))
            String municipalityCode) {
        String municipality = tenant.code();
        if (!municipality.equals(municipalityCode)) {
            throw new ApiException(404, "/problems/not-found", "Not found", "There is no export of municipality '"
                    + (municipalityCode.length() > 6 ? municipalityCode.substring(0, 6) + "…" : municipalityCode)
                    + "' for your municipality: a token exports its own municipality only.", null, null);
        }
        StreamingOutput body = out -> export.write(municipality, out);
        String file = catalogue.service() + "-" + municipality + "-" + LocalDate.now(ZoneOffset.UTC) + ".ndjson";
        return Response.ok(body, ExportFile.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
