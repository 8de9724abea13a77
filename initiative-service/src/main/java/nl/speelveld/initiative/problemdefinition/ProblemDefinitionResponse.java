package nl.speelveld.initiative.problemdefinition;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.speelveld.conventions.text.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One version of a problem definition as the API shows it, with its derived sequence and scope type. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProblemDefinition")
record ProblemDefinitionResponse(
        UUID id,
        @Schema(description = "The tenant, from the token", examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag; a definition is never changed, so it stays 0") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The initiative it belongs to") UUID initiativeId,
        @Schema(description = "Read-only: 1 for the first definition of the initiative, then 2, 3, …", examples = "1")
        int sequence,
        @Schema(description = "Read-only: the definition this one replaced; absent for the first")
        UUID supersedes,
        @LocalizedText Map<String, String> statement,
        FramedBy framedBy,
        List<UUID> issueIdsInScope,
        @LocalizedText Map<String, String> rationale,
        @Schema(description = "Read-only: SINGLE_ISSUE for 1 issue in scope, LIMITED for 2-3, MULTI_ISSUE for 4 or"
                + " more; absent when no issue is in scope")
        ScopeType scopeType) {

    static ProblemDefinitionResponse of(ProblemDefinition d) {
        return new ProblemDefinitionResponse(d.id(), d.municipalityCode(), d.version(), d.createdAt(),
                d.updatedAt(), d.initiativeId, d.sequence, d.supersedes, d.statement, d.framedBy,
                List.copyOf(d.issueIdsInScope), d.rationale, ScopeType.of(d.issueIdsInScope.size()));
    }
}
