package nl.speelveld.stakeholder.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A representation as the API shows it; the initiative is that of both groups. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Representation")
record RepresentationResponse(
        UUID id,
        @Schema(examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The initiative of both groups; read-only") UUID initiativeId,
        UUID representativeGroupId,
        UUID representedGroupId,
        RepresentationBasis basis,
        LocalDate since,
        LocalDate lastConsultedOn,
        String note) {

    static RepresentationResponse of(Representation r) {
        return new RepresentationResponse(r.id(), r.municipalityCode(), r.version(), r.createdAt(), r.updatedAt(),
                r.initiativeId, r.representativeGroupId, r.representedGroupId, r.basis, r.since, r.lastConsultedOn,
                r.note);
    }
}
