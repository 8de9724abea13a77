package nl.speelveld.initiative.role;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.conventions.vocabulary.GovernmentRole;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import nl.speelveld.initiative.shared.UpToTomorrow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** What a portal sends to record an observation of the government's role. */
@Schema(name = "RoleObservationRequest", description = "An observation of the government's role; never changed later")
record RoleObservationRequest(
        @NotNull @Schema(description = "Whose view this is") RoleObservationKind kind,
        @NotNull @Schema(description = "Which of the four sources holds this view") StakeholderSource holderSource,
        @Schema(description = "The stakeholder-service group that holds it, when known; stored as given")
        UUID holderGroupId,
        @NotNull GovernmentRole role,
        @NotNull @UpToTomorrow @Schema(description = "When it was observed; not later than tomorrow",
                examples = "2026-09-01") LocalDate observedOn,
        EvidenceType evidence,
        @Size(max = 2000) String note) {
}
