package nl.speelveld.stakeholder.representation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** What a portal sends to record that one group speaks for another (both of the same initiative). */
@Schema(name = "RepresentationRequest", description = "Who speaks for whom")
record RepresentationRequest(
        @NotNull @Schema(description = "The group that speaks") UUID representativeGroupId,
        @NotNull @Schema(description = "The group spoken for") UUID representedGroupId,
        @NotNull RepresentationBasis basis,
        @Schema(examples = "2024-01-01") LocalDate since,
        @Schema(examples = "2026-06-01") LocalDate lastConsultedOn,
        @Size(max = 2000) @Schema(maxLength = 2000) String note) {
}
