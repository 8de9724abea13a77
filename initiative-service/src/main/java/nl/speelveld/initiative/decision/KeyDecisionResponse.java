package nl.speelveld.initiative.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.speelveld.conventions.vocabulary.DecisionMaker;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A key decision as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "KeyDecision")
record KeyDecisionResponse(
        UUID id,
        @Schema(description = "The tenant, from the token", examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag; a decision is never changed, so it stays 0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The initiative it belongs to") UUID initiativeId,
        String subject,
        LocalDate decidedOn,
        DecisionMaker decidedBy,
        List<UUID> issueIds) {

    static KeyDecisionResponse of(KeyDecision d) {
        return new KeyDecisionResponse(d.id(), d.municipalityCode(), d.version(), d.createdAt(), d.updatedAt(),
                d.initiativeId, d.subject, d.decidedOn, d.decidedBy, List.copyOf(d.issueIds));
    }
}
