package nl.speelveld.stakeholder.interest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What a person sends to correct the stance rule for a pair of interests (same initiative and issue, two groups). */
@Schema(name = "ConflictOverrideRequest", description = "A correction of the stance-based conflict rule")
record ConflictOverrideRequest(
        @NotNull UUID interestIdA,
        @NotNull @Schema(description = "An interest of another group on the same issue") UUID interestIdB,
        @NotNull ConflictRelation relation,
        @NotBlank @Size(max = 4000) @Schema(maxLength = 4000,
                examples = "Beide groepen steunen een andere plek voor dezelfde speeltuin.") String reason) {
}
