package nl.speelveld.stakeholder.group;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.speelveld.conventions.text.LocalizedText;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import nl.speelveld.stakeholder.vocabulary.VoiceMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The groups of one initiative by source, with salience and voice: what a portal draws as the stakeholder map. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StakeholderMap")
record StakeholderMapResponse(
        UUID initiativeId,
        @Schema(examples = "GM0344") String municipalityCode,
        @Schema(description = "The four sources in fixed order, each with its groups (oldest first)")
        List<SourceGroups> sources,
        @Schema(description = "Groups recorded without a source") List<MapGroup> unassigned) {

    /** One source with its groups. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StakeholderMapSource")
    record SourceGroups(StakeholderSource source, @LocalizedText Map<String, String> label, List<MapGroup> groups) {
    }

    /** One group as the map shows it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StakeholderMapGroup")
    record MapGroup(UUID id, String name, GroupCategory category, SalienceClass salienceClass,
            Boolean power, Boolean legitimacy, Boolean urgency, VoiceMode voice, Boolean affected,
            Boolean hardToReach, List<Barrier> barriers, Integer estimatedSize, SizeUnit sizeUnit) {

        static MapGroup of(StakeholderGroup g) {
            return new MapGroup(g.id(), g.name, g.category, g.salienceClass(), g.power, g.legitimacy, g.urgency,
                    g.voice, g.affected, g.hardToReach, List.copyOf(g.barriers), g.estimatedSize, g.sizeUnit);
        }
    }
}
