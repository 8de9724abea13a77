package nl.speelveld.assessment.assessment;

import nl.speelveld.conventions.text.LocalizedText;
import nl.speelveld.method.AssessmentOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A stored assessment as the API shows it (API guide): both axes, all indicators, flags, warnings and questions. */
@Schema(name = "Assessment", description = "Supports the weighing; it does not decide and gives no overall score")
record AssessmentResponse(
        UUID id,
        String municipalityCode,
        long version,
        Instant createdAt,
        Instant updatedAt,
        UUID initiativeId,
        LocalDate asOf,
        @Schema(examples = "dilemma-1.0") String methodVersion,
        @Schema(examples = "default-1") String thresholdSetVersion,
        List<String> referenceProfileIds,
        @Schema(description = "SHA-256 (hex) of the canonical JSON of every input read", maxLength = 64,
                examples = "5d41402abc4b2a76b9719d911017c5925d41402abc4b2a76b9719d911017c592") String inputDigest,
        List<AssessmentOutcome.Axis> axes,
        List<AssessmentOutcome.Indicator> indicators,
        List<String> flags,
        List<AssessmentOutcome.Warning> warnings,
        List<AssessmentOutcome.Question> questions,
        @LocalizedText Map<String, String> disclaimer) {

    static AssessmentResponse of(Assessment a, AssessmentOutcome o) {
        return new AssessmentResponse(a.id(), a.municipalityCode(), a.version(), a.createdAt(), a.updatedAt(),
                a.initiativeId, a.asOf, a.methodVersion, a.thresholdSetVersion, List.copyOf(a.referenceProfileIds),
                a.inputDigest, o.axes(), o.indicators(), o.flags(), o.warnings(), o.questions(), o.disclaimer());
    }
}
