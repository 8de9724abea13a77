package nl.speelveld.assessment.decisionrecord;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored decision record as the API shows it, with the derived {@code supersededBy} that completes the chain. */
@Schema(name = "DecisionRecord", description = "A weighing (afwegingsverslag); never changed or deleted")
record DecisionRecordResponse(
        UUID id,
        @Schema(description = "The tenant, from the token", examples = "GM0344") String municipalityCode,
        @Schema(description = "0: a record is never changed; 1 once a person's reference in decidedBy was erased"
                + " (POST /v1/erasures)") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The assessment this weighing answers") UUID assessmentId,
        @Schema(description = "The initiative (initiative-service) of that assessment") UUID initiativeId,
        DecisionAxis axis,
        @Schema(description = "A FiChoice code on FEASIBILITY_INCLUSIVITY, a GovernmentRole code on ROLE",
                examples = "KEEP_FOCUS_WITH_MITIGATION") String choice,
        String rationale,
        List<DecisionRecordRequest.InterestConsidered> interestsConsidered,
        List<UUID> groupsConsulted,
        List<String> mitigations,
        List<String> acceptedRisks,
        @Schema(nullable = true) Mandate mandate,
        @Schema(nullable = true) String decidedBy,
        LocalDate decidedOn,
        @Schema(nullable = true) LocalDate reviewOn,
        @Schema(nullable = true, description = "The earlier record this one replaces") UUID supersedes,
        @Schema(nullable = true, description = "Read-only: the later record that replaces this one, if any")
        UUID supersededBy,
        @Schema(description = "The what-if scenarios weighed as options") List<UUID> scenarioIds) {

    static DecisionRecordResponse of(DecisionRecord r, UUID supersededBy) {
        return new DecisionRecordResponse(r.id(), r.municipalityCode(), r.version(), r.createdAt(), r.updatedAt(),
                r.assessmentId, r.initiativeId, r.axis, r.choice, r.rationale, List.copyOf(r.interestsConsidered),
                List.copyOf(r.groupsConsulted), List.copyOf(r.mitigations), List.copyOf(r.acceptedRisks), r.mandate,
                r.decidedBy, r.decidedOn, r.reviewOn, r.supersedes, supersededBy,
                r.scenarioIds == null ? List.of() : List.copyOf(r.scenarioIds));
    }

    /** A strong ETag that changes when the record gets superseded or its decidedBy erased (all that can change). */
    String etag() {
        return version + (supersededBy == null ? "" : "-" + supersededBy);
    }
}
