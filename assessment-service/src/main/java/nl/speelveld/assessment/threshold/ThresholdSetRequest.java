package nl.speelveld.assessment.threshold;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

/** A municipality's own thresholds: only the keys it changes (the rest keep their defaults). */
@Schema(name = "ThresholdSetRequest")
record ThresholdSetRequest(
        @NotEmpty @Size(max = 60) @Schema(description = "Threshold key to number; see GET /v1/threshold-sets/current",
                examples = "{\"band.fi5.hi\": 0.25}") Map<String, @NotNull Double> values,
        @NotBlank @Size(max = 2000) @Schema(description = "Why these values (calibration with practitioners)",
                maxLength = 2000) String rationale,
        @Size(max = 200) @Schema(maxLength = 200) String changedBy,
        LocalDate validFrom) {
}
