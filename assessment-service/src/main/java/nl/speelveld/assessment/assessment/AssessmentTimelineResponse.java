package nl.speelveld.assessment.assessment;

import nl.speelveld.method.AssessmentOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every stored assessment of one initiative in time order, reduced to what shows drift: the position and risk levels
 * per axis and the flags. Each entry links to the full assessment by its id.
 */
@Schema(name = "AssessmentTimeline", description = "Positions and risk levels of all assessments over time")
record AssessmentTimelineResponse(
        UUID initiativeId,
        @Schema(description = "The tenant, from the token", examples = "GM0344") String municipalityCode,
        @Schema(description = "In order of asOf, then createdAt") List<Entry> items) {

    /** One assessment on the timeline. */
    @Schema(name = "AssessmentTimelineEntry")
    record Entry(
            @Schema(description = "The assessment (GET /v1/assessments/{id})") UUID id,
            LocalDate asOf,
            Instant createdAt,
            @Schema(examples = "dilemma-1.0") String methodVersion,
            @Schema(examples = "default-1") String thresholdSetVersion,
            @Schema(description = "SHA-256 of the inputs: equal digests mean the data did not change",
                    examples = "5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592")
            String inputDigest,
            List<Axis> axes,
            @Schema(examples = "[\"FINANCIAL_DEPENDENCY\"]") List<String> flags) {
    }

    /** Where an axis stood and how high its risks were. */
    @Schema(name = "AssessmentTimelineAxis")
    record Axis(
            @Schema(examples = "FEASIBILITY_INCLUSIVITY") String axis,
            @Schema(nullable = true, description = "0-100; null when it could not be computed") Integer position,
            @Schema(nullable = true, examples = "FOCUSED") String positionLabel,
            List<AssessmentOutcome.Risk> risks) {
    }

    static Entry entry(Assessment a, AssessmentOutcome o) {
        return new Entry(a.id(), a.asOf, a.createdAt(), a.methodVersion, a.thresholdSetVersion, a.inputDigest,
                o.axes().stream().map(x -> new Axis(x.axis(), x.position(), x.positionLabel(), x.risks())).toList(),
                o.flags());
    }
}
