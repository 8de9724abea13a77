package nl.speelveld.initiative.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.speelveld.conventions.text.Localized;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What a portal sends to register an initiative, and what a merge patch is applied to. */
@Schema(name = "InitiativeRequest", description = "The writable fields of an initiative")
record InitiativeRequest(
        @NotNull @Localized(max = 200)
        @Schema(description = "Localized title", examples = "{\"nl\": \"Energiecoöperatie Zonnewijk\", \"en\": \"Zonnewijk energy cooperative\"}")
        Map<String, String> title,
        @Localized(max = 4000) @Schema(description = "Localized summary") Map<String, String> summary,
        @NotNull InitiativeType type,
        Origin origin,
        LegalForm legalForm,
        @Schema(description = "Whether the right to challenge (uitdaagrecht) was used") Boolean challengeRight,
        PolicyDomain primaryDomain,
        @Size(max = 12) List<@NotNull PolicyDomain> secondaryDomains,
        @Schema(description = "Phase at registration (default IDEA); later changes go through phase-transitions")
        LifecyclePhase phase,
        @Size(max = 100) List<@NotNull @Pattern(regexp = "WK\\d{6}|BU\\d{8}", message = "must be a CBS wijk (WK + 6 digits) or buurt (BU + 8 digits) code") String> areaCodes,
        @Schema(examples = "2021-03-01") LocalDate startedOn,
        @PositiveOrZero @Max(10_000_000_000L) @Schema(description = "Whole euros per year", maximum = "10000000000")
        Long budgetPerYear,
        @PositiveOrZero @Max(10_000_000_000L) @Schema(description = "Whole euros per year", maximum = "10000000000")
        Long governmentFundingPerYear,
        @Size(max = 4) List<@NotNull CoproductionStage> coproductionStages,
        CoproductionLevel coproductionLevel,
        TaskNature taskNature,
        CitizenRole citizenRole,
        ParticipationLevel participationLevel,
        @Size(max = 20) List<@NotNull @Valid ExternalReference> externalRefs) {
}
