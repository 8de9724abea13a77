package nl.speelveld.assessment.embed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a portal sends for an embed link; both fields may be left out. */
@Schema(name = "EmbedLinkRequest")
record EmbedLinkRequest(
        @Min(EmbedLinks.MIN_SECONDS) @Max(EmbedLinks.MAX_SECONDS)
        @Schema(type = SchemaType.INTEGER, description = "How long the link works, in seconds: 60 to 2592000 (30"
                + " days); default 604800 (7 days). After that it answers 410.", minimum = "60",
                maximum = "2592000", defaultValue = "604800", examples = "604800") Integer expiresInSeconds,
        @Pattern(regexp = "nl|en")
        @Schema(description = "The page's language unless the page is asked for another with ?lang=; default"
                + " nl", enumeration = {"nl", "en"}, examples = "nl") String language) {
}
