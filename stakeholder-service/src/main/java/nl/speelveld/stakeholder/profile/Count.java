package nl.speelveld.stakeholder.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One aggregated count of a participant profile: how many participants fall in one category of one dimension. */
@Schema(name = "Count", description = "How many participants are in one category (aggregated, never per person)")
record Count(
        @NotNull ProfileDimension dimension,
        @NotBlank @Size(max = 64) @Schema(maxLength = 64, examples = "65+") String category,
        @NotNull @PositiveOrZero @Max(10_000_000) @Schema(minimum = "0", maximum = "10000000", examples = "7")
        Integer count) {
}
