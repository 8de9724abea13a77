package nl.speelveld.stakeholder.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A participant profile as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ParticipantProfile")
record ParticipantProfileResponse(
        UUID id,
        @Schema(examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag") long version,
        Instant createdAt,
        Instant updatedAt,
        UUID initiativeId,
        UUID groupId,
        ProfileScope scope,
        LocalDate measuredOn,
        int n,
        ProfileMethod method,
        UUID referenceProfileId,
        List<Count> counts) {

    static ParticipantProfileResponse of(ParticipantProfile p) {
        return new ParticipantProfileResponse(p.id(), p.municipalityCode(), p.version(), p.createdAt(),
                p.updatedAt(), p.initiativeId, p.groupId, p.scope, p.measuredOn, p.n, p.method, p.referenceProfileId,
                List.copyOf(p.counts));
    }
}
