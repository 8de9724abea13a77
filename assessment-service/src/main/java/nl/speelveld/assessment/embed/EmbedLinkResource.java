package nl.speelveld.assessment.embed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.speelveld.assessment.shared.Scopes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** HTTP for making embed links: {@code POST /v1/assessments/{id}/embed-links}. */
@Path("/v1/assessments/{id}/embed-links")
@Tag(name = "Embed links", description = "Signed, expiring, read-only links to show one assessment in a portal's"
        + " <iframe> without a token")
@Produces(MediaType.APPLICATION_JSON)
class EmbedLinkResource {

    private final EmbedLinks links;
    private final Optional<String> publicUrl;

    EmbedLinkResource(EmbedLinks links,
            @ConfigProperty(name = "speelveld.embed.public-url") Optional<String> publicUrl) {
        this.links = links;
        this.publicUrl = publicUrl.map(u -> u.replaceAll("/+$", "")).filter(u -> !u.isBlank());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "createEmbedLink", summary = "Make an embed link to one of your assessments",
            description = "The link (`url`) opens an accessible HTML page of this assessment (chart, axes, risks,"
                    + " indicators with formula and explanation, flags, warnings, questions, disclaimer) that a"
                    + " portal shows in an <iframe>; it needs no token, works until `expiresAt` (at most 30 days;"
                    + " default 7) and then answers 410. Only the portal origins configured for your municipality"
                    + " may frame it. A link cannot be withdrawn: give it the lifetime you need. See"
                    + " docs/portal-integration.md.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EmbedLinkRequest.class),
            examples = @ExampleObject(name = "a week, in Dutch",
                    value = "{\"expiresInSeconds\": 604800, \"language\": \"nl\"}")))
    @APIResponse(responseCode = "201", description = "The link; Location is the same URL",
            headers = @Header(name = "Location", description = "The embed page",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "uri")),
            content = @Content(schema = @Schema(implementation = EmbedLinkResponse.class),
                    examples = @ExampleObject(name = "zonnewijk", value = "{\"url\":"
                            + " \"https://assessments.api.example.nl/v1/embed/ZTF8R00wMzQ0fDNmMWMyYTllLThkNGItNGM2Zi"
                            + "05YTFlLTJiN2Q1YzhlMGYxM3wxNzk0MTM5MDAwfG5s"
                            + ".q2m0JXc3Yb6dQ1k2VhZ2x0Zm9yZ2VkLXNpZ25hdHVyZQ\","
                            + " \"expiresAt\": \"2026-11-08T09:30:00Z\"}")))
    @APIResponse(responseCode = "404", description = "No such assessment for your municipality")
    public Response create(@PathParam("id") UUID id, @Valid EmbedLinkRequest request, @Context UriInfo uri) {
        EmbedTokens.Grant grant = links.grant(id, request);
        String base = publicUrl.orElseGet(() -> uri.getBaseUri().toString().replaceAll("/+$", ""));
        URI url = URI.create(base + "/v1/embed/" + links.token(grant));
        return Response.created(url).entity(new EmbedLinkResponse(url.toString(), grant.expiresAt())).build();
    }
}
