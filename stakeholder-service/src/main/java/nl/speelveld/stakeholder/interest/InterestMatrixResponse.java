package nl.speelveld.stakeholder.interest;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import nl.speelveld.stakeholder.vocabulary.Stance;
import nl.speelveld.stakeholder.vocabulary.VoiceMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Groups × issues of one initiative: per issue the latest stance of each group (latest recordedOn, then latest
 * created), the number of pairs and the conflicting pairs (opposite signs, NEUTRAL and UNKNOWN left out, with
 * conflict overrides applied). Issues appear once an interest names them; their labels live in initiative-service.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "InterestMatrix")
record InterestMatrixResponse(
        UUID initiativeId,
        @Schema(examples = "GM0344") String municipalityCode,
        @Schema(description = "Every group of the initiative, oldest first") List<MatrixGroup> groups,
        @Schema(description = "Every issue with at least one interest, in the order first raised")
        List<MatrixIssue> issues) {

    /** A row of the matrix. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "InterestMatrixGroup")
    record MatrixGroup(UUID id, String name, StakeholderSource source, VoiceMode voice) {
    }

    /** A column of the matrix, with its conflict lines. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "InterestMatrixIssue")
    record MatrixIssue(
            UUID issueId,
            @Schema(description = "The latest interest of each group that has one on this issue") List<Cell> stances,
            @Schema(description = "Pairs of groups that both have a non-neutral, known stance") long pairs,
            @Schema(description = "The conflicting pairs, in group order; at most 100 are listed (conflictCount"
                    + " holds them all, conflictsTruncated tells whether some were left out)")
            List<ConflictLine> conflicts,
            @Schema(description = "How many pairs conflict (exact, with conflict overrides applied)")
            long conflictCount,
            @Schema(description = "true when conflicts lists fewer lines than conflictCount")
            boolean conflictsTruncated,
            @Schema(description = "How many pairs a conflict override decided") int overridesApplied) {
    }

    /** One cell: a group's latest interest on the issue. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "InterestMatrixCell")
    record Cell(UUID groupId, UUID interestId, Stance stance, InterestKind kind, EvidenceType evidence,
            LocalDate recordedOn, ResponseStatus responseStatus) {
    }

    /** Two groups that oppose each other on the issue ("A ↔ B over X"). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ConflictLine")
    record ConflictLine(UUID groupIdA, UUID groupIdB, UUID interestIdA, UUID interestIdB, Stance stanceA,
            Stance stanceB,
            @Schema(description = "The override that made this pair a conflict; absent when the stances did")
            UUID overrideId) {
    }
}
