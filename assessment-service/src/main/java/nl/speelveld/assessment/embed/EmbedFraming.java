package nl.speelveld.assessment.embed;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets the embed pages be framed. The conventions send {@code X-Frame-Options: DENY} on every answer; an embed page
 * says who may frame it in its own {@code Content-Security-Policy} ({@code frame-ancestors}), so that header is taken
 * off the answers under {@code /v1/embed/} (browsers that know frame-ancestors ignore X-Frame-Options anyway; older
 * ones would refuse every portal). Registered before the conventions' route: Vert.x runs headers-end handlers in
 * reverse order of registration, so this one runs after the conventions have set their headers.
 *
 * <p>A route without a path, which looks at the raw path itself: a route with a path (or regex) makes the router decode
 * the path before any handler runs, and a broken escape such as {@code %ZZ} would then get the router's bare 400
 * instead of the conventions' problem document (issue 13).
 */
@ApplicationScoped
class EmbedFraming {

    void install(@Observes Router router) {
        router.route().order(-1100).handler(rc -> {
            String path = rc.request().path();
            if (path != null && path.startsWith("/v1/embed/") && path.indexOf('/', "/v1/embed/".length()) < 0) {
                rc.addHeadersEndHandler(v -> rc.response().headers().remove("X-Frame-Options"));
            }
            rc.next();
        });
    }
}
