package nl.speelveld.assessment.erasure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whose reference to erase, and whether only to count. */
@Schema(name = "ErasureRequest")
record ErasureRequest(
        @NotNull @Size(min = 2, max = 200) @Pattern(regexp = "^[A-Za-z0-9_:@.-]+$")
        @Schema(description = "The person's pseudonymous reference as the portal recorded it (e.g. in decidedBy),"
                + " without spaces. A record matches when this appears in it as a whole word.", minLength = 2,
                maxLength = 200, pattern = "^[A-Za-z0-9_:@.-]+$", examples = "u-4711") String subject,
        @Schema(description = "Only count what would change (default false)", defaultValue = "false") Boolean dryRun) {
}
