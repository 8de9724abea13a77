package nl.speelveld.assessment.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.speelveld.assessment.shared.Language;
import nl.speelveld.assessment.shared.Scopes;
import nl.speelveld.conventions.problem.ApiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP for participation reports: {@code /v1/participation-reports/{initiativeId}}, as JSON or as HTML. */
@Path("/v1/participation-reports/{initiativeId}")
@Tag(name = "Participation reports", description = "Who was involved, about what, when and how, what came out and"
        + " what was done with it (Omgevingswet / participation ordinance)")
class ParticipationReportResource {

    private final ParticipationReportService service;

    ParticipationReportResource(ParticipationReportService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getParticipationReport", summary = "The participation report of an initiative",
            description = "Read live from initiative-service and stakeholder-service with your token (which"
                    + " therefore also needs initiatives:read and stakeholders:read). JSON by default; a plain,"
                    + " accessible HTML document when Accept prefers text/html, in Dutch or, with Accept-Language"
                    + " or ?locale=en, English. If a service cannot be read: 503, never a partial report.")
    @APIResponse(responseCode = "200", description = "The report", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = ParticipationReportResponse.class),
                examples = @ExampleObject(name = "zonnewijk", value = Examples.PARTICIPATION_REPORT)),
        @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "zonnewijk", value = Examples.PARTICIPATION_REPORT_HTML))})
    @APIResponse(responseCode = "404", description = "No such initiative for your municipality")
    @APIResponse(responseCode = "503", description = "initiative-service or stakeholder-service cannot be read",
            headers = @Header(name = "Retry-After", description = "Seconds to wait",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response get(
            @PathParam("initiativeId") @Parameter(description = "The initiative (initiative-service)",
                    schema = @Schema(format = "uuid", maxLength = 36)) String initiativeId,
            @Context HttpHeaders headers,
            @HeaderParam("Accept-Language")
                    @Parameter(description = "nl or en", schema = @Schema(maxLength = 200)) String acceptLanguage,
            @QueryParam("locale") @Parameter(description = "Language of the HTML document",
                    schema = @Schema(enumeration = {"nl", "en"})) String locale) {
        UUID id = parse(initiativeId);
        ParticipationReportResponse report = service.report(id);
        if (!wantsHtml(headers)) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).header("Vary", "Accept").build();
        }
        String language = Language.negotiate(locale, acceptLanguage);
        return Response.ok(ParticipationReportHtml.render(report, language), ParticipationReportHtml.MEDIA_TYPE)
                .header("Content-Language", language)
                .header("Vary", "Accept, Accept-Language")
                .header("Content-Security-Policy", ParticipationReportHtml.CONTENT_SECURITY_POLICY).build();
    }

    /** HTML only when the client ranks it above JSON; JSON for no Accept, {@code * / *} or a tie. */
    static boolean wantsHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
        }
        return false;
    }

    private static UUID parse(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equalsIgnoreCase(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiException.invalidField("initiativeId", "must be a UUID", "wrong-format");
    }
}
