package nl.speelveld.initiative.phase;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.speelveld.initiative.initiative.LifecyclePhase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A phase transition as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PhaseTransition")
record PhaseTransitionResponse(
        UUID id,
        @Schema(description = "The tenant, from the token", examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag; a transition is never changed, so it stays 0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The initiative it belongs to") UUID initiativeId,
        @Schema(description = "Read-only: the phase the initiative was in") LifecyclePhase from,
        LifecyclePhase to,
        LocalDate on,
        String reason) {

    static PhaseTransitionResponse of(PhaseTransition t) {
        return new PhaseTransitionResponse(t.id(), t.municipalityCode(), t.version(), t.createdAt(), t.updatedAt(),
                t.initiativeId, t.from, t.to, t.on, t.reason);
    }
}
