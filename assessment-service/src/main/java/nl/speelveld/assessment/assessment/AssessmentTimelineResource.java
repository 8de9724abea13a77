package nl.speelveld.assessment.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.assessment.shared.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP for the drift of an initiative over time: {@code /v1/assessment-timelines/{initiativeId}}. */
@Path("/v1/assessment-timelines/{initiativeId}")
@Tag(name = "Assessment timelines", description = "Positions and risk levels of all assessments of an initiative"
        + " over time (drift)")
@Produces(MediaType.APPLICATION_JSON)
class AssessmentTimelineResource {

    private final AssessmentService service;

    AssessmentTimelineResource(AssessmentService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getAssessmentTimeline",
            summary = "Every stored assessment of an initiative in time order",
            description = "Per assessment the position, label and risk levels of each axis and the flags, ordered by"
                    + " asOf and then creation time. The ETag changes when an assessment is added.")
    @APIResponse(responseCode = "200", description = "The timeline",
            content = @Content(schema = @Schema(implementation = AssessmentTimelineResponse.class),
                    examples = @ExampleObject(name = "zonnewijk", value = Examples.TIMELINE)))
    @APIResponse(responseCode = "404", description = "No assessment of this initiative in your municipality")
    public Response get(@PathParam("initiativeId") UUID initiativeId,
            @HeaderParam("If-None-Match")
                    @Parameter(schema = @Schema(maxLength = 200)) String ifNoneMatch) {
        AssessmentService.Timeline timeline = service.timeline(initiativeId);
        return Versions.read(ifNoneMatch, timeline.tag(), timeline.response());
    }
}
