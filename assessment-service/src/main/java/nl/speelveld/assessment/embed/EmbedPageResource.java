package nl.speelveld.assessment.embed;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import nl.speelveld.conventions.http.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;

/**
 * The embed page, {@code GET /v1/embed/{token}}: the one route of the service that needs no bearer token, because
 * the token in the path is the permission (see {@link EmbedTokens}). It reads nothing but the assessment the token
 * names, in the municipality the token names. Not in the OpenAPI document: it is a page for browsers, not an API
 * operation (docs/portal-integration.md describes it).
 */
@Path("/v1/embed/{token}")
class EmbedPageResource {

    static final String HTML = "text/html;charset=UTF-8";

    private final EmbedLinks links;
    private final FrameAncestors frameAncestors;

    EmbedPageResource(EmbedLinks links, FrameAncestors frameAncestors) {
        this.links = links;
        this.frameAncestors = frameAncestors;
    }

    /** The page templates (templates/embed/), checked against their parameters when the service is built. */
    @CheckedTemplate(basePath = "embed")
    static class Templates {
        static native TemplateInstance page(EmbedView view);

        static native TemplateInstance refused(EmbedView.Refused page);
    }

    @GET
    @PermitAll
    @Produces(HTML)
    @Operation(hidden = true)
    public Response page(@PathParam("token") String token, @QueryParam("lang") String lang,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        EmbedLinks.Outcome outcome = links.open(token, lang);
        if (outcome instanceof EmbedLinks.Page page) {
            EntityTag tag = new EntityTag(page.etag());
            Response.ResponseBuilder answer = Versions.matches(ifNoneMatch, page.etag()) ? Response.notModified(tag)
                    : Response.ok(Templates.page(page.view()).render(), HTML);
            return secured(answer, frameAncestors.of(page.municipality()))
                    .tag(tag)
                    .header("Cache-Control", "private, max-age=" + Math.min(page.maxAgeSeconds(), 3600))
                    .header("Content-Language", page.view().lang())
                    .build();
        }
        if (outcome instanceof EmbedLinks.Gone gone) {
            // a genuine link: its municipality's portals may show that it has expired
            return secured(Response.status(410).entity(Templates.refused(
                            EmbedLinks.refused(true, gone.expiredAt(), gone.language())).render()).type(HTML),
                    frameAncestors.of(gone.municipality())).header("Cache-Control", "no-store").build();
        }
        return secured(Response.status(404).entity(Templates.refused(
                        EmbedLinks.refused(false, Instant.EPOCH, EmbedLinks.language(lang, null))).render()).type(HTML),
                "'none'").header("Cache-Control", "no-store").build();
    }

    /** Nothing may load, only the page's own style applies, and only these origins may frame it. */
    private static Response.ResponseBuilder secured(Response.ResponseBuilder answer, String ancestors) {
        return answer.header("Content-Security-Policy", "default-src 'none'; style-src " + EmbedLinks.STYLE_HASH
                        + "; base-uri 'none'; form-action 'none'; frame-ancestors " + ancestors)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex, nofollow");
    }
}
