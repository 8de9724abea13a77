package nl.speelveld.stakeholder.consultation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A constituency consultation as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConstituencyConsultation")
record ConstituencyConsultationResponse(
        UUID id,
        @Schema(examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag") long version,
        Instant createdAt,
        Instant updatedAt,
        UUID initiativeId,
        UUID representativeGroupId,
        UUID constituencyGroupId,
        LocalDate heldOn,
        ConsultationMethod method,
        Integer constituencySize,
        Integer respondents,
        List<IssueStance> issueStances) {

    static ConstituencyConsultationResponse of(ConstituencyConsultation c) {
        return new ConstituencyConsultationResponse(c.id(), c.municipalityCode(), c.version(), c.createdAt(),
                c.updatedAt(), c.initiativeId, c.representativeGroupId, c.constituencyGroupId, c.heldOn, c.method,
                c.constituencySize, c.respondents, List.copyOf(c.issueStances));
    }
}
