package nl.speelveld.assessment.scenario;

import nl.speelveld.method.AssessmentOutcome;
import nl.speelveld.method.Delta;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored what-if scenario: the changes, the method's outcome on the changed copy, and the delta. */
@Schema(name = "Scenario", description = "Changes tried on a copy of an assessment's data; no record was changed")
record ScenarioResponse(
        UUID id,
        @Schema(examples = "GM0344") String municipalityCode,
        @Schema(description = "Always 0: a scenario is never changed") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The assessment whose input snapshot the changes were applied to") UUID assessmentId,
        String label,
        List<ScenarioChange> changes,
        @Schema(description = "The outcome of the same method with the same thresholds on the changed copy")
        Result result,
        @Schema(description = "What changed against the assessment: both axes before and after, the indicators"
                + " whose value or band changed, and the flags, warnings and questions added and removed")
        Delta delta) {

    /** The outcome parts of an assessment, for the changed copy. */
    @Schema(name = "ScenarioResult")
    record Result(String methodVersion, String thresholdSetVersion, List<AssessmentOutcome.Axis> axes,
            List<AssessmentOutcome.Indicator> indicators, List<String> flags, List<AssessmentOutcome.Warning> warnings,
            List<AssessmentOutcome.Question> questions) {

        static Result of(AssessmentOutcome o) {
            return new Result(o.methodVersion(), o.thresholdSetVersion(), o.axes(), o.indicators(), o.flags(),
                    o.warnings(), o.questions());
        }
    }
}
