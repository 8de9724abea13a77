package nl.speelveld.stakeholder.group;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.speelveld.conventions.text.LocalizedText;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import nl.speelveld.stakeholder.vocabulary.VoiceMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A stakeholder group as the API shows it, with its derived salience class. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StakeholderGroup")
public record StakeholderGroupResponse(
        UUID id,
        @Schema(description = "The tenant, from the token", examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag") long version,
        Instant createdAt,
        Instant updatedAt,
        UUID initiativeId,
        String name,
        @LocalizedText Map<String, String> description,
        StakeholderSource source,
        GroupCategory category,
        Boolean affected,
        Integer estimatedSize,
        SizeUnit sizeUnit,
        Boolean power,
        String powerJustification,
        Boolean legitimacy,
        String legitimacyJustification,
        Boolean urgency,
        String urgencyJustification,
        @Schema(description = "Derived from power, legitimacy and urgency (Mitchell, Agle & Wood 1997); read-only")
        SalienceClass salienceClass,
        VoiceMode voice,
        EvidenceType voiceEvidence,
        Boolean hardToReach,
        List<Barrier> barriers) {

    static StakeholderGroupResponse of(StakeholderGroup g) {
        return new StakeholderGroupResponse(g.id(), g.municipalityCode(), g.version(), g.createdAt(), g.updatedAt(),
                g.initiativeId, g.name, g.description, g.source, g.category, g.affected, g.estimatedSize, g.sizeUnit,
                g.power, g.powerJustification, g.legitimacy, g.legitimacyJustification, g.urgency,
                g.urgencyJustification, g.salienceClass(), g.voice, g.voiceEvidence, g.hardToReach,
                List.copyOf(g.barriers));
    }

    /** The writable part, for merge patches. */
    StakeholderGroupRequest toRequest() {
        return new StakeholderGroupRequest(initiativeId, name, description, source, category, affected, estimatedSize,
                sizeUnit, power, powerJustification, legitimacy, legitimacyJustification, urgency,
                urgencyJustification, voice, voiceEvidence, hardToReach, barriers);
    }
}
