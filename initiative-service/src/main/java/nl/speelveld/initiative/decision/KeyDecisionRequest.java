package nl.speelveld.initiative.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.speelveld.conventions.vocabulary.DecisionMaker;
import nl.speelveld.initiative.shared.UpToTomorrow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a portal sends to record a key decision. */
@Schema(name = "KeyDecisionRequest", description = "A decision taken in the initiative; never changed later")
record KeyDecisionRequest(
        @NotBlank @Size(max = 500) @Schema(description = "What was decided", examples = "Isolatie-inkoopactie")
        String subject,
        @NotNull @UpToTomorrow @Schema(description = "When it was decided; not later than tomorrow",
                examples = "2026-01-10") LocalDate decidedOn,
        @NotNull DecisionMaker decidedBy,
        @Size(max = 100) @Schema(description = "Ids of this initiative's issues the decision is about")
        List<@NotNull UUID> issueIds) {
}
