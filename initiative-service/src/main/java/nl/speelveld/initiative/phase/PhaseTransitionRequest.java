package nl.speelveld.initiative.phase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.speelveld.initiative.initiative.LifecyclePhase;
import nl.speelveld.initiative.shared.UpToTomorrow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What a portal sends to move an initiative to another lifecycle phase. */
@Schema(name = "PhaseTransitionRequest", description = "A move to another lifecycle phase, with the reason")
record PhaseTransitionRequest(
        @NotNull @Schema(description = "The new phase; must differ from the current one") LifecyclePhase to,
        @UpToTomorrow @Schema(description = "When the move happened; default today, not later than tomorrow",
                examples = "2023-01-15") LocalDate on,
        @NotBlank @Size(max = 2000)
        @Schema(description = "Why", examples = "De eerste daken liggen vol; de coöperatie levert stroom.")
        String reason) {
}
