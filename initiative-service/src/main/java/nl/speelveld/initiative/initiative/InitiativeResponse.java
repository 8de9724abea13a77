package nl.speelveld.initiative.initiative;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.speelveld.conventions.text.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An initiative as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Initiative")
record InitiativeResponse(
        UUID id,
        @Schema(description = "The tenant, from the token", examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag") long version,
        Instant createdAt,
        Instant updatedAt,
        @LocalizedText Map<String, String> title,
        @LocalizedText Map<String, String> summary,
        InitiativeType type,
        Origin origin,
        LegalForm legalForm,
        Boolean challengeRight,
        PolicyDomain primaryDomain,
        List<PolicyDomain> secondaryDomains,
        LifecyclePhase phase,
        List<String> areaCodes,
        LocalDate startedOn,
        Long budgetPerYear,
        Long governmentFundingPerYear,
        List<CoproductionStage> coproductionStages,
        CoproductionLevel coproductionLevel,
        TaskNature taskNature,
        CitizenRole citizenRole,
        ParticipationLevel participationLevel,
        List<ExternalReference> externalRefs) {

    static InitiativeResponse of(Initiative i) {
        return new InitiativeResponse(i.id(), i.municipalityCode(), i.version(), i.createdAt(), i.updatedAt(),
                i.title, i.summary, i.type, i.origin, i.legalForm, i.challengeRight, i.primaryDomain,
                List.copyOf(i.secondaryDomains), i.phase, List.copyOf(i.areaCodes), i.startedOn, i.budgetPerYear,
                i.governmentFundingPerYear, List.copyOf(i.coproductionStages), i.coproductionLevel, i.taskNature,
                i.citizenRole, i.participationLevel, i.externalRefs.stream().map(ExternalRef::toApi).toList());
    }

    /** The writable part, for merge patches. */
    InitiativeRequest toRequest() {
        return new InitiativeRequest(title, summary, type, origin, legalForm, challengeRight, primaryDomain,
                secondaryDomains, phase, areaCodes, startedOn, budgetPerYear, governmentFundingPerYear,
                coproductionStages, coproductionLevel, taskNature, citizenRole, participationLevel, externalRefs);
    }
}
