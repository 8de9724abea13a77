package nl.speelveld.initiative.vocabulary;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import nl.speelveld.conventions.vocabulary.DecisionMaker;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.conventions.vocabulary.GovernmentRole;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import nl.speelveld.conventions.vocabulary.Vocabulary;
import nl.speelveld.initiative.initiative.CitizenRole;
import nl.speelveld.initiative.initiative.CoproductionLevel;
import nl.speelveld.initiative.initiative.CoproductionStage;
import nl.speelveld.initiative.initiative.InitiativeType;
import nl.speelveld.initiative.initiative.LegalForm;
import nl.speelveld.initiative.initiative.LifecyclePhase;
import nl.speelveld.initiative.initiative.Origin;
import nl.speelveld.initiative.initiative.ParticipationLevel;
import nl.speelveld.initiative.initiative.PolicyDomain;
import nl.speelveld.initiative.initiative.TaskNature;
import nl.speelveld.initiative.problemdefinition.FramedBy;
import nl.speelveld.initiative.problemdefinition.ScopeType;
import nl.speelveld.initiative.role.RoleObservationKind;

import java.util.List;

/**
 * {@code /v1/vocabularies}: every enumeration of this service with its Dutch and English labels and its source
 * (DOMAIN.md 2.2), served by conventions' shared {@link nl.speelveld.conventions.vocabulary.VocabularyResource}.
 */
@Path("/v1/vocabularies")
class VocabularyResource extends nl.speelveld.conventions.vocabulary.VocabularyResource {

    VocabularyResource(ObjectMapper json) {
        super(json, List.of(
                Vocabulary.of(InitiativeType.class, "What kind of citizen involvement an initiative is"),
                Vocabulary.of(Origin.class, "Whether an initiative came from society or from the government"),
                Vocabulary.of(LegalForm.class, "The legal form of the initiative's organisation"),
                Vocabulary.of(PolicyDomain.class, "The policy domain of an initiative or issue"),
                Vocabulary.of(LifecyclePhase.class, "The lifecycle phase of an initiative"),
                Vocabulary.of(CoproductionStage.class, "The Four Co's: where in the service cycle citizens co-produce"),
                Vocabulary.of(CoproductionLevel.class, "Individual, group or collective co-production"),
                Vocabulary.of(TaskNature.class, "Whether the co-produced task is a core or a complementary task"),
                Vocabulary.of(CitizenRole.class, "The role citizens play in the initiative"),
                Vocabulary.of(ParticipationLevel.class, "The rung of the participation ladder citizens hold"),
                Vocabulary.of(FramedBy.class, "Who framed a problem definition"),
                Vocabulary.of(ScopeType.class, "How broad a problem definition is (derived from the issues in scope)"),
                Vocabulary.of(RoleObservationKind.class, "Whose view of the government's role an observation records"),
                Vocabulary.of(StakeholderSource.class, "The four sources of colliding interests"),
                Vocabulary.of(GovernmentRole.class, "The government's role, from least to most involvement"),
                Vocabulary.of(EvidenceType.class, "What an observation rests on"),
                Vocabulary.of(DecisionMaker.class, "Who took a key decision")));
    }
}
