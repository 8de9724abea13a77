package nl.speelveld.assessment.scenario;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.speelveld.method.Scenarios;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A scenario to try: a label and up to 50 changes, applied in order to a copy of the assessment's data. */
@Schema(name = "ScenarioRequest")
record ScenarioRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200,
                examples = "Huurders aan tafel en energiearmoede binnen de afbakening") String label,
        @NotNull @NotEmpty @Size(max = Scenarios.MAX_CHANGES)
        @Schema(required = true, minItems = 1, maxItems = Scenarios.MAX_CHANGES)
        List<@Valid @NotNull ScenarioChange> changes) {
}
