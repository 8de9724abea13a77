package nl.speelveld.stakeholder.consultation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a portal sends to record a consultation of a constituency (achterbanraadpleging). */
@Schema(name = "ConstituencyConsultationRequest", description = "A consultation of the constituency")
record ConstituencyConsultationRequest(
        @NotNull @Schema(description = "The initiative (initiative-service)") UUID initiativeId,
        @NotNull @Schema(description = "The group that consulted its constituency") UUID representativeGroupId,
        @Schema(description = "The constituency as a stakeholder group, when it is one") UUID constituencyGroupId,
        @NotNull @Schema(examples = "2025-05-01") LocalDate heldOn,
        ConsultationMethod method,
        @PositiveOrZero @Max(100_000_000) @Schema(minimum = "0", maximum = "100000000", examples = "1500")
        Integer constituencySize,
        @PositiveOrZero @Max(100_000_000) @Schema(minimum = "0", maximum = "100000000", examples = "45",
                description = "At most constituencySize") Integer respondents,
        @Size(max = 100) List<@NotNull @Valid IssueStance> issueStances) {
}
