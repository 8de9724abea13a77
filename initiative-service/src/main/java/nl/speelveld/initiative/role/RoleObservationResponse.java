package nl.speelveld.initiative.role;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.conventions.vocabulary.GovernmentRole;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A role observation as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RoleObservation")
record RoleObservationResponse(
        UUID id,
        @Schema(description = "The tenant, from the token", examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag; an observation is never changed, so it stays 0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The initiative it belongs to") UUID initiativeId,
        RoleObservationKind kind,
        StakeholderSource holderSource,
        UUID holderGroupId,
        GovernmentRole role,
        LocalDate observedOn,
        EvidenceType evidence,
        String note) {

    static RoleObservationResponse of(RoleObservation o) {
        return new RoleObservationResponse(o.id(), o.municipalityCode(), o.version(), o.createdAt(), o.updatedAt(),
                o.initiativeId, o.kind, o.holderSource, o.holderGroupId, o.role, o.observedOn, o.evidence, o.note);
    }
}
