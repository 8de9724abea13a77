package nl.speelveld.stakeholder.profile;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One share of a reference population: the fraction of it in one category of one dimension. */
@Schema(name = "Share", description = "A fraction of the population in one category")
record Share(
        @NotNull ProfileDimension dimension,
        @NotBlank @Size(max = 64) @Schema(maxLength = 64, examples = "SOCIAL_RENT") String category,
        @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(minimum = "0", maximum = "1", examples = "0.38")
        Double value) {
}
