package nl.speelveld.assessment.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a portal sends to have an initiative assessed. */
@Schema(name = "AssessmentRequest")
record AssessmentRequest(
        @NotNull @Schema(description = "The initiative (initiative-service) to assess") UUID initiativeId,
        @Schema(description = "The date the time windows are counted back from; default today",
                examples = "2026-11-01") LocalDate asOf,
        @Size(max = 10) @Schema(description = "Population profiles to compare with; per dimension the first that has"
                + " it",
                maxItems = 10) List<@NotNull UUID> referenceProfileIds) {
}
