package nl.speelveld.stakeholder.vocabulary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.problem.ApiException;
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
import nl.speelveld.stakeholder.shared.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** HTTP for the enumerations of this service with their Dutch and English labels: {@code /v1/vocabularies}. */
@Path("/v1/vocabularies")
@Tag(name = "Vocabularies", description = "Every enumeration of this service, with labels in Dutch and English")
@Produces(MediaType.APPLICATION_JSON)
class VocabularyResource {

    static final List<Vocabulary> ALL = List.of(
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
            Vocabulary.of(ConflictRelation.class, "A person's judgement of a pair of interests"));

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listVocabularies", summary = "Every enumeration of this service",
            description = "Each code with label.nl, label.en, description and source (DOMAIN.md 2.3).")
    @APIResponse(responseCode = "200", description = "All vocabularies (one page)",
            content = @Content(schema = @Schema(ref = "VocabularyPage")))
    public Page<Vocabulary> list() {
        return new Page<>(ALL, null);
    }

    @GET
    @Path("{name}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getVocabulary", summary = "One enumeration with its codes and labels")
    @APIResponse(responseCode = "200", description = "The vocabulary",
            content = @Content(schema = @Schema(implementation = Vocabulary.class)))
    public Vocabulary get(@PathParam("name") @Parameter(description = "The enumeration's name, e.g."
            + " StakeholderSource", schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String name) {
        return ALL.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiException.notFound("vocabulary", name));
    }
}
