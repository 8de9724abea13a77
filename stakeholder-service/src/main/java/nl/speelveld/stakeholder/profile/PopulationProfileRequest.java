package nl.speelveld.stakeholder.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a portal uploads as a reference population: shares per dimension, each dimension summing to 1. */
@Schema(name = "PopulationProfileRequest", description = "A reference population of your municipality")
record PopulationProfileRequest(
        @NotBlank @Size(max = 200) @Schema(maxLength = 200, examples = "Huishoudens Zonnewijk (CBS 2024)") String name,
        @Size(max = 100) List<@NotNull @Pattern(regexp = "GM\\d{4}|WK\\d{6}|BU\\d{8}",
                message = "must be a CBS gemeente (GM + 4 digits), wijk (WK + 6 digits) or buurt (BU + 8 digits) code")
                String> areaCodes,
        @NotNull ReferenceBasis basis,
        @Size(max = 4000) @Schema(maxLength = 4000, description = "Why this is the right reference; required unless"
                + " the basis is ALL_RESIDENTS") String rationale,
        ReferenceSource source,
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "must be a table id such as 85984NED")
        @Schema(maxLength = 32, examples = "85984NED", description = "For CBS: the StatLine table") String sourceTable,
        @Min(1900) @Max(2100) @Schema(minimum = "1900", maximum = "2100", examples = "2024") Integer referenceYear,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Share> shares) {
}
