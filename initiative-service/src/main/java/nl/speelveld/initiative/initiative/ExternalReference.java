package nl.speelveld.initiative.initiative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a participation portal knows this initiative: {@code system:instance:type:id} is unique per municipality.
 */
@Schema(name = "ExternalReference", description = "The initiative's identity in a participation portal")
record ExternalReference(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9_.-]+", message = "must be lower-case letters, digits, '.', '_' or '-'")
        @Schema(examples = "decidim", maxLength = 64) String system,
        @NotBlank @Size(max = 255) @Pattern(regexp = "[^:\\s]+", message = "must not contain ':' or spaces")
        @Schema(examples = "participatie.example.nl", maxLength = 255) String instance,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[^:\\s]+", message = "must not contain ':' or spaces")
        @Schema(examples = "initiative", maxLength = 64) String type,
        @NotBlank @Size(max = 255) @Schema(examples = "42", maxLength = 255) String id,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(examples = "https://participatie.example.nl/initiatives/i-42", maxLength = 2048) String url) {

    String key() {
        return system + ":" + instance + ":" + type + ":" + id;
    }
}
