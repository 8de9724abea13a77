package nl.speelveld.stakeholder.consultation;

import jakarta.validation.constraints.NotNull;
import nl.speelveld.stakeholder.vocabulary.Stance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The stance most of a constituency took on one issue in a consultation. */
@Schema(name = "IssueStance", description = "The constituency's majority stance on one issue")
record IssueStance(
        @NotNull @Schema(description = "An issue of the initiative (initiative-service)") UUID issueId,
        @NotNull Stance majorityStance) {
}
