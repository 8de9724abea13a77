package nl.speelveld.assessment.decisionrecord;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The civil servant's written weighing (afwegingsverslag) on one dilemma, in answer to an assessment. Stored once and
 * never changed: a correction is a new record that {@code supersedes} this one.
 */
@Schema(name = "DecisionRecordRequest")
record DecisionRecordRequest(
        @NotNull @Schema(description = "The dilemma this weighing is about") DecisionAxis axis,
        @NotBlank @Size(max = 40) @Schema(maxLength = 40, description = "For FEASIBILITY_INCLUSIVITY one of KEEP_FOCUS,"
                + " KEEP_FOCUS_WITH_MITIGATION, BROADEN_PHASED, BROADEN_NOW, REFER_ELSEWHERE, POSTPONE; for ROLE the"
                + " role chosen: LET_GO, FACILITATE, STIMULATE, DIRECT, REGULATE",
                enumeration = {"KEEP_FOCUS", "KEEP_FOCUS_WITH_MITIGATION", "BROADEN_PHASED", "BROADEN_NOW",
                        "REFER_ELSEWHERE", "POSTPONE", "LET_GO", "FACILITATE", "STIMULATE", "DIRECT", "REGULATE"})
        String choice,
        @NotBlank @Size(max = 10000) @Schema(maxLength = 10000, description = "Why this choice: the trade-off made")
        String rationale,
        @Size(max = 100) @Schema(maxItems = 100, description = "Interests (stakeholder-service) weighed, with a note")
        List<@Valid @NotNull InterestConsidered> interestsConsidered,
        @Size(max = 100) @Schema(maxItems = 100, description = "Stakeholder groups (stakeholder-service) consulted")
        List<@NotNull UUID> groupsConsulted,
        @Size(max = 50) @Schema(maxItems = 50, description = "Measures taken for what the choice leaves out")
        List<@NotBlank @Size(max = 2000) String> mitigations,
        @Size(max = 50) @Schema(maxItems = 50, description = "Risks knowingly accepted")
        List<@NotBlank @Size(max = 2000) String> acceptedRisks,
        Mandate mandate,
        @Size(max = 200) @Schema(maxLength = 200, description = "Pseudonymous user reference and function",
                examples = "u-4711, beleidsadviseur duurzaamheid") String decidedBy,
        @NotNull @Schema(description = "At most one day in the future", examples = "2026-11-03") LocalDate decidedOn,
        @Schema(description = "When to look at this weighing again; not before decidedOn", examples = "2027-05-01")
        LocalDate reviewOn,
        @Schema(description = "An earlier record of the same initiative and axis that this one corrects or replaces")
        UUID supersedes,
        @Size(max = 20) @Schema(maxItems = 20, description = "The what-if scenarios of this assessment that were"
                + " weighed as options (POST /v1/assessments/{id}/scenarios)")
        List<@NotNull UUID> scenarioIds) {

    /** One interest weighed, with what the civil servant noted about it. */
    @Schema(name = "InterestConsidered")
    record InterestConsidered(
            @NotNull @Schema(description = "An interest of this initiative (stakeholder-service)") UUID interestId,
            @Size(max = 2000) @Schema(maxLength = 2000) String note) {
    }

    List<InterestConsidered> interests() {
        return interestsConsidered == null ? List.of() : interestsConsidered;
    }

    List<UUID> groups() {
        return groupsConsulted == null ? List.of() : groupsConsulted;
    }
}
