package nl.speelveld.conventions.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.speelveld.conventions.tenancy.Tenant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

/** HTTP for restoring a municipality's export: {@code POST /v1/imports} with the admin scope. */
@Path("/v1/imports")
@Tag(name = "Exports")
public class ImportResource {

    private final MunicipalityImport restore;
    private final Tenant tenant;

    ImportResource(MunicipalityImport restore, Tenant tenant) {
        this.restore = restore;
        this.tenant = tenant;
    }

    @POST
    @Consumes(ExportFile.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ExportResource.ADMIN)
    @Operation(operationId = "importMunicipality", summary = "Import your municipality's export file",
            description = "Restores the records of an export file of this service (GET /v1/exports/{code}) with"
                    + " their ids, versions and history, in one transaction: into an installation that holds no"
                    + " record of your municipality (409 otherwise). The file must be of this service, of your"
                    + " municipality and of this installation's schema version, and its lines must match its"
                    + " manifest (counts and SHA-256); otherwise nothing is stored. The events get positions after"
                    + " every event of the change feed. Send the file as it is, streamed; at most "
                    + (ImportLimits.MAX_BYTES >> 30) + " GiB. Needs the admin scope.")
    @RequestBody(required = true, content = @Content(mediaType = ExportFile.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, description = "An export file, see docs/export.md")))
    @APIResponse(responseCode = "200", description = "What was restored, per table",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportResponse.class),
                    examples = @ExampleObject(name = "restored", value = "{\"service\": \"stakeholder-service\","
                            + " \"municipalityCode\": \"GM0344\", \"schemaVersion\": \"1\", \"counts\":"
                            + " {\"stakeholder_group\": 1, \"interest\": 0}, \"records\": 1}")))
    @APIResponse(responseCode = "409", description = "This installation already holds records of your municipality")
    @APIResponse(responseCode = "413", description = "The file is larger than the import limit")
    @APIResponse(responseCode = "422", description = "The file is of another service, municipality or schema"
            + " version, does not match its manifest, or holds a record the database refuses; nothing was stored")
    public ImportResponse restore(InputStream body) {
        MunicipalityImport.Restored restored = restore.restore(tenant.code(), body);
        return new ImportResponse(restored.service(), restored.municipalityCode(), restored.schemaVersion(),
                restored.counts(), restored.records());
    }
}
