package nl.speelveld.stakeholder.interest;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.speelveld.conventions.text.LocalizedText;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.stakeholder.vocabulary.Stance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** An interest as the API shows it, with the municipality's response (read-only here). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Interest")
record InterestResponse(
        UUID id,
        @Schema(description = "The tenant, from the token", examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag") long version,
        Instant createdAt,
        Instant updatedAt,
        UUID initiativeId,
        UUID groupId,
        UUID issueId,
        InterestKind kind,
        @LocalizedText Map<String, String> statement,
        Stance stance,
        Intensity intensity,
        EvidenceType evidence,
        LocalDate recordedOn,
        @Schema(description = "Read-only here; set with PUT /v1/interests/{id}/response") MunicipalResponse response) {

    static InterestResponse of(Interest i) {
        return new InterestResponse(i.id(), i.municipalityCode(), i.version(), i.createdAt(), i.updatedAt(),
                i.initiativeId, i.groupId, i.issueId, i.kind, i.statement, i.stance, i.intensity, i.evidence,
                i.recordedOn, i.response());
    }

    /** The writable part, for merge patches. */
    InterestRequest toRequest() {
        return new InterestRequest(initiativeId, groupId, issueId, kind, statement, stance, intensity, evidence,
                recordedOn);
    }
}
