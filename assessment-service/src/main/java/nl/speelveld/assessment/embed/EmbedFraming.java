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
 */
@ApplicationScoped
class EmbedFraming {

    void install(@Observes Router router) {
        router.routeWithRegex("/v1/embed/[^/]*").order(-1100).handler(rc -> {
            rc.addHeadersEndHandler(v -> rc.response().headers().remove("X-Frame-Options"));
            rc.next();
        });
    }
}
