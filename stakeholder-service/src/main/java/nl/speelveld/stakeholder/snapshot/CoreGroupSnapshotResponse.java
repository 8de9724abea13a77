package nl.speelveld.stakeholder.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A core-group snapshot as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CoreGroupSnapshot")
record CoreGroupSnapshotResponse(
        UUID id,
        @Schema(examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag") long version,
        Instant createdAt,
        Instant updatedAt,
        UUID initiativeId,
        UUID groupId,
        LocalDate takenOn,
        int coreSize,
        int coreJoinedLast24Months,
        Integer membersTotal) {

    static CoreGroupSnapshotResponse of(CoreGroupSnapshot s) {
        return new CoreGroupSnapshotResponse(s.id(), s.municipalityCode(), s.version(), s.createdAt(), s.updatedAt(),
                s.initiativeId, s.groupId, s.takenOn, s.coreSize, s.coreJoinedLast24Months, s.membersTotal);
    }
}
