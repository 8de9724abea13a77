package nl.speelveld.assessment.threshold;

import nl.speelveld.method.Thresholds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

/** A threshold set as the API shows it: its version label and every number the method uses. */
@Schema(name = "ThresholdSet")
record ThresholdSetResponse(
        @Schema(examples = "default-1") String version,
        boolean builtIn,
        Map<String, Double> values,
        Map<String, Double> overrides,
        String rationale,
        @Schema(nullable = true) String changedBy,
        @Schema(nullable = true, description = "Null for the built-in set") LocalDate validFrom,
        Map<String, String> descriptions) {

    static ThresholdSetResponse defaultSet() {
        return new ThresholdSetResponse(Thresholds.DEFAULT_VERSION, true, Thresholds.defaults().values(), Map.of(),
                "The defaults of method dilemma-1.0 (DOMAIN.md §3); guesses to calibrate with practitioners.", null,
                null, Thresholds.describe());
    }

    static ThresholdSetResponse of(ThresholdSet set) {
        return new ThresholdSetResponse(set.label, false, Thresholds.withOverrides(set.label, set.overrides).values(),
                set.overrides, set.rationale, set.changedBy, set.validFrom, Thresholds.describe());
    }
}
