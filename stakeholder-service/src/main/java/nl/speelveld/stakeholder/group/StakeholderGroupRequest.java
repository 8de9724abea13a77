package nl.speelveld.stakeholder.group;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.speelveld.conventions.text.Localized;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import nl.speelveld.stakeholder.vocabulary.VoiceMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a portal sends to record a stakeholder group, and what a merge patch is applied to. */
@Schema(name = "StakeholderGroupRequest", description = "The writable fields of a stakeholder group")
record StakeholderGroupRequest(
        @NotNull @Schema(description = "The initiative (initiative-service); fixed once the group exists",
                examples = "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13") UUID initiativeId,
        @NotBlank @Size(max = 200) @Schema(examples = "Huurders sociale huur", maxLength = 200) String name,
        @Localized(max = 4000) @Schema(description = "Localized description") Map<String, String> description,
        StakeholderSource source,
        GroupCategory category,
        @Schema(description = "Whether the group is affected by the initiative (Freeman)") Boolean affected,
        @PositiveOrZero @Max(100_000_000) @Schema(maximum = "100000000", examples = "905") Integer estimatedSize,
        SizeUnit sizeUnit,
        @Schema(description = "Mitchell et al.: can the group impose its will?") Boolean power,
        @Size(max = 2000) @Schema(maxLength = 2000) String powerJustification,
        @Schema(description = "Mitchell et al.: is its claim legitimate?") Boolean legitimacy,
        @Size(max = 2000) @Schema(maxLength = 2000) String legitimacyJustification,
        @Schema(description = "Mitchell et al.: is its claim time-sensitive or critical?") Boolean urgency,
        @Size(max = 2000) @Schema(maxLength = 2000) String urgencyJustification,
        VoiceMode voice,
        EvidenceType voiceEvidence,
        Boolean hardToReach,
        @Size(max = 8) List<@NotNull Barrier> barriers) {
}
