package nl.speelveld.assessment.embed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A new embed link. */
@Schema(name = "EmbedLink", requiredProperties = {"url", "expiresAt"})
record EmbedLinkResponse(
        @Schema(description = "The page to show in an <iframe>; works without a token until expiresAt",
                format = "uri", maxLength = 2048,
                examples = "https://assessments.api.example.nl/v1/embed/ZTF8R00wMzQ0fDNm...Q.k7yX...")
        String url,
        @Schema(description = "When the link stops working (410 afterwards)", examples = "2026-11-08T09:30:00Z")
        Instant expiresAt) {
}
