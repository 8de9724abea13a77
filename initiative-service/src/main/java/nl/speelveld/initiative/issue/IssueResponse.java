package nl.speelveld.initiative.issue;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.speelveld.conventions.text.LocalizedText;
import nl.speelveld.initiative.initiative.PolicyDomain;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An issue as the API shows it, with its derived {@code inScope}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Issue")
record IssueResponse(
        UUID id,
        @Schema(description = "The tenant, from the token", examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag; rises when a new problem definition changes inScope") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The initiative it belongs to") UUID initiativeId,
        @LocalizedText Map<String, String> label,
        @LocalizedText Map<String, String> description,
        PolicyDomain domain,
        List<UUID> raisedByGroupIds,
        LocalDate raisedOn,
        @LocalizedText Map<String, String> scopeNote,
        @Schema(description = "Read-only: whether the current problem definition has it in scope;"
                + " false while there is no problem definition") boolean inScope) {

    static IssueResponse of(Issue i) {
        return new IssueResponse(i.id(), i.municipalityCode(), i.version(), i.createdAt(), i.updatedAt(),
                i.initiativeId, i.label, i.description, i.domain, List.copyOf(i.raisedByGroupIds), i.raisedOn,
                i.scopeNote, i.inScope);
    }

    /** The writable part, for merge patches. */
    IssueRequest toRequest() {
        return new IssueRequest(label, description, domain, raisedByGroupIds, raisedOn, scopeNote);
    }
}
