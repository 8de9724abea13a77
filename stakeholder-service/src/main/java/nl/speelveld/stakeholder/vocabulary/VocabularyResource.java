package nl.speelveld.stakeholder.vocabulary;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import nl.speelveld.conventions.vocabulary.DecisionMaker;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import nl.speelveld.conventions.vocabulary.Vocabulary;
import nl.speelveld.stakeholder.consultation.ConsultationMethod;
import nl.speelveld.stakeholder.group.Barrier;
import nl.speelveld.stakeholder.group.GroupCategory;
import nl.speelveld.stakeholder.group.SalienceClass;
import nl.speelveld.stakeholder.group.SizeUnit;
import nl.speelveld.stakeholder.interest.ConflictRelation;
import nl.speelveld.stakeholder.interest.Intensity;
import nl.speelveld.stakeholder.interest.InterestKind;
import nl.speelveld.stakeholder.interest.ResponseStatus;
import nl.speelveld.stakeholder.profile.ProfileDimension;
import nl.speelveld.stakeholder.profile.ProfileMethod;
import nl.speelveld.stakeholder.profile.ProfileScope;
import nl.speelveld.stakeholder.profile.ReferenceBasis;
import nl.speelveld.stakeholder.profile.ReferenceSource;
import nl.speelveld.stakeholder.representation.RepresentationBasis;

import java.util.List;

/**
 * {@code /v1/vocabularies}: every enumeration of this service with its Dutch and English labels and its source
 * (DOMAIN.md 2.3), served by conventions' shared {@link nl.speelveld.conventions.vocabulary.VocabularyResource}.
 */
@Path("/v1/vocabularies")
class VocabularyResource extends nl.speelveld.conventions.vocabulary.VocabularyResource {

    VocabularyResource(ObjectMapper json) {
        super(json, List.of(
                Vocabulary.of(StakeholderSource.class, "The four sources of colliding interests"),
                Vocabulary.of(GroupCategory.class, "What kind of group it is"),
                Vocabulary.of(SizeUnit.class, "What a group's estimated size counts"),
                Vocabulary.of(SalienceClass.class, "Salience from power, legitimacy and urgency (derived)"),
                Vocabulary.of(VoiceMode.class, "Who actually speaks for a group"),
                Vocabulary.of(EvidenceType.class, "How something was learnt"),
                Vocabulary.of(Barrier.class, "What keeps a group from taking part"),
                Vocabulary.of(InterestKind.class, "What kind of interest was expressed"),
                Vocabulary.of(Stance.class, "A stance towards the initiative's current approach to an issue"),
                Vocabulary.of(Intensity.class, "How strongly an interest is felt"),
                Vocabulary.of(ResponseStatus.class, "What the municipality did with an interest"),
                Vocabulary.of(DecisionMaker.class, "Who responded or decided"),
                Vocabulary.of(RepresentationBasis.class, "On what basis one group speaks for another"),
                Vocabulary.of(ProfileScope.class, "Which participants a profile describes"),
                Vocabulary.of(ProfileMethod.class, "How a participant profile was counted"),
                Vocabulary.of(ProfileDimension.class, "Dimensions of profiles, with their categories"),
                Vocabulary.of(ReferenceBasis.class, "Which population a reference profile describes"),
                Vocabulary.of(ReferenceSource.class, "Where the figures of a reference population come from"),
                Vocabulary.of(ConsultationMethod.class, "How a constituency was consulted"),
                Vocabulary.of(ConflictRelation.class, "A person's judgement of a pair of interests")));
    }
}
