package nl.speelveld.stakeholder.interest;

import jakarta.validation.constraints.NotNull;
import nl.speelveld.conventions.text.Localized;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.stakeholder.vocabulary.Stance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What a portal sends to record an interest, and what a merge patch is applied to. The response is set apart. */
@Schema(name = "InterestRequest", description = "The writable fields of an interest")
record InterestRequest(
        @NotNull @Schema(description = "The initiative (initiative-service); fixed once the interest exists")
        UUID initiativeId,
        @NotNull @Schema(description = "A stakeholder group of the same initiative") UUID groupId,
        @NotNull @Schema(description = "An issue of the initiative (initiative-service)") UUID issueId,
        @NotNull InterestKind kind,
        @Localized(max = 4000) @Schema(description = "Localized statement, in the group's words where possible",
                examples = "{\"nl\": \"Minder maaien is prima, maar de honden moeten ergens los kunnen lopen.\"}")
        Map<String, String> statement,
        @NotNull @Schema(description = "Towards the initiative's current approach to the issue") Stance stance,
        Intensity intensity,
        EvidenceType evidence,
        @Schema(description = "When it was expressed; at most tomorrow; default today", examples = "2026-11-01")
        LocalDate recordedOn) {
}
