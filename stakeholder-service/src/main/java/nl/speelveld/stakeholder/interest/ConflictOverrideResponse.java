package nl.speelveld.stakeholder.interest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A conflict override as the API shows it, with the initiative and issue of its two interests. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ConflictOverride")
record ConflictOverrideResponse(
        UUID id,
        @Schema(examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The initiative of both interests; read-only") UUID initiativeId,
        @Schema(description = "The issue of both interests; read-only") UUID issueId,
        UUID interestIdA,
        UUID interestIdB,
        ConflictRelation relation,
        String reason) {

    static ConflictOverrideResponse of(ConflictOverride o) {
        return new ConflictOverrideResponse(o.id(), o.municipalityCode(), o.version(), o.createdAt(), o.updatedAt(),
                o.initiativeId, o.issueId, o.interestIdA, o.interestIdB, o.relation, o.reason);
    }
}
