package nl.speelveld.stakeholder.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a portal sends as the aggregated profile of a group's participants: counts per dimension summing to n. */
@Schema(name = "ParticipantProfileRequest", description = "Aggregated counts of a group's participants")
record ParticipantProfileRequest(
        @NotNull @Schema(description = "The initiative (initiative-service)") UUID initiativeId,
        @NotNull @Schema(description = "A stakeholder group of the same initiative") UUID groupId,
        @NotNull ProfileScope scope,
        @NotNull @Schema(examples = "2026-09-01") LocalDate measuredOn,
        @NotNull @Min(1) @Max(10_000_000) @Schema(minimum = "1", maximum = "10000000", examples = "12") Integer n,
        ProfileMethod method,
        @Schema(description = "The population profile it is compared with by default") UUID referenceProfileId,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Count> counts) {
}
