package nl.speelveld.assessment.assessment;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.speelveld.conventions.paging.Limit;
import nl.speelveld.assessment.shared.Language;
import nl.speelveld.assessment.shared.Scopes;
import nl.speelveld.conventions.http.CorsOrigins;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.idempotency.Idempotent;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.vocabulary.Codes;
import nl.speelveld.method.AssessmentOutcome;
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

import java.util.List;
import java.util.UUID;

/** HTTP for assessments: {@code /v1/assessments}. */
@Path("/v1/assessments")
@Tag(name = "Assessments", description = "The rule-based assessment of both dilemmas (method dilemma-1.0)")
@Produces(MediaType.APPLICATION_JSON)
class AssessmentResource {

    private final AssessmentService service;
    private final CorsOrigins portals;

    /** @param portals the portal origins of each municipality (CORS), which may also show its charts in a frame */
    AssessmentResource(AssessmentService service, CorsOrigins portals) {
        this.service = service;
        this.portals = portals;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createAssessment", summary = "Compute and store an assessment of an initiative",
            description = "Reads the initiative and its stakeholder data with your token (which therefore also needs"
                    + " initiatives:read and stakeholders:read), computes every indicator of method dilemma-1.0 and"
                    + " stores the result with the SHA-256 of its inputs. If a service cannot be read: 503, nothing"
                    + " stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentRequest.class),
            examples = @ExampleObject(name = "zonnewijk", value = "{\"initiativeId\":"
                    + " \"3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13\", \"asOf\": \"2026-11-01\"}")))
    @APIResponse(responseCode = "201", description = "The stored assessment; Location names it",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class),
                    examples = @ExampleObject(name = "zonnewijk", value = Examples.ASSESSMENT)))
    @APIResponse(responseCode = "503", description = "initiative-service or stakeholder-service cannot be read;"
            + " nothing was stored", headers = @Header(name = "Retry-After", description = "Seconds to wait",
            schema = @Schema(type = SchemaType.INTEGER)))
    public Response create(@Valid @NotNull AssessmentRequest request, @Context UriInfo uri) {
        AssessmentResponse created = service.create(request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listAssessments", summary = "List stored assessments, newest first")
    @APIResponse(responseCode = "200", description = "One page of assessments",
            content = @Content(schema = @Schema(ref = "AssessmentPage"),
                    examples = @ExampleObject(name = "zonnewijk", value = "{\"items\": [" + Examples.ASSESSMENT
                            + "], \"next\": null}")))
    public Page<AssessmentResponse> list(
            @QueryParam("initiativeId") @Parameter(schema = @Schema(format = "uuid", maxLength = 36))
            String initiativeId,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(schema = @Schema(maxLength = 512)) String cursor) {
        return service.list(Codes.uuid(initiativeId, "initiativeId"), Limit.parse(limit), cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getAssessment", summary = "Read a stored assessment")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentResponse.class),
                    examples = @ExampleObject(name = "zonnewijk", value = Examples.ASSESSMENT)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such assessment for your municipality")
    public Response get(@PathParam("id") UUID id,
            @HeaderParam("If-None-Match")
                    @Parameter(schema = @Schema(maxLength = 200)) String ifNoneMatch) {
        AssessmentResponse assessment = service.get(id);
        return Versions.read(ifNoneMatch, assessment.version(), assessment);
    }

    @GET
    @Path("{id}/inputs")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listAssessmentInputs", summary = "Every record behind one indicator, page by page",
            description = "The assessment answer lists the first " + AssessmentOutcome.INPUTS_LISTED + " inputs of"
                    + " each indicator, with inputCount and inputsLink; this list holds all of them, in the"
                    + " indicator's order, paged like every list (limit 1-100, default 20; follow next until it is"
                    + " null). Each item is {ref, label, value}: the id of the stored record (or a symbolic name),"
                    + " a readable label and the value the indicator read (docs/method.md#traceability).")
    @APIResponse(responseCode = "200", description = "One page of the indicator's inputs",
            content = @Content(schema = @Schema(ref = "InputPage"), examples = @ExampleObject(name = "fi3",
                    value = Examples.INPUTS)))
    @APIResponse(responseCode = "400", description = "indicator missing or not a code of this assessment, limit out"
            + " of range, or a cursor this list did not give")
    @APIResponse(responseCode = "404", description = "No such assessment for your municipality")
    public Page<AssessmentOutcome.Input> inputs(@PathParam("id") UUID id,
            @QueryParam("indicator") @Parameter(required = true, description = "The indicator's code",
                    schema = @Schema(enumeration = {"FI-1", "FI-2", "FI-3", "FI-4", "FI-5", "FI-6", "FI-7", "FI-8",
                        "RO-1", "RO-2", "RO-3", "RO-4", "RO-5"})) String indicator,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(schema = @Schema(maxLength = 512)) String cursor) {
        return service.inputs(id, indicator, Limit.parse(limit), cursor);
    }

    @GET
    @Path("{id}/chart.svg")
    @Produces("image/svg+xml")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getAssessmentChart", summary = "The two dilemma axes as an SVG chart",
            description = "Readable without colour, with title and description for screen readers; the language"
                    + " follows Accept-Language or ?locale= (nl, en; default nl). Cached by ETag.")
    // format binary: a document to keep as is (OpenAPI Generator's Java client returns it as a File instead of parsing
    // the SVG as JSON; openapi-fetch reads it with parseAs "text")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = "image/svg+xml",
            schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "zonnewijk",
                    value = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"t d\">"
                            + "<title id=\"t\">Afweging Energiecoöperatie Zonnewijk</title><desc id=\"d\">"
                            + "Uitvoerbaarheid en inclusiviteit: positie 40, gefocust.</desc></svg>")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such assessment for your municipality")
    public Response chart(@PathParam("id") UUID id,
            @HeaderParam("If-None-Match")
                    @Parameter(schema = @Schema(maxLength = 200)) String ifNoneMatch,
            @HeaderParam("Accept-Language")
                    @Parameter(description = "nl or en", schema = @Schema(maxLength = 200)) String acceptLanguage,
            @QueryParam("locale") @Parameter(schema = @Schema(enumeration = {"nl", "en"})) String locale) {
        String language = Language.negotiate(locale, acceptLanguage);
        Assessment assessment = service.require(id);
        EntityTag tag = new EntityTag(assessment.version() + "-" + language);
        if (Versions.matches(ifNoneMatch, tag.getValue())) {
            return Response.notModified(tag).build();
        }
        // Drawn with the thresholds the assessment was made with, so its zones match its bands.
        String svg = new AssessmentChart(service.thresholds(assessment)).render(service.outcome(assessment), language);
        return Response.ok(svg, "image/svg+xml").tag(tag)
                .header("Cache-Control", "private, max-age=3600")
                .header("Content-Language", language)
                .header("Vary", "Accept-Language")
                .header("Content-Security-Policy", ("frame-ancestors 'self' "
                        + String.join(" ", portals.of(assessment.municipalityCode()))).trim()).build();
    }
}
