package io.statements.auth;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Browser hardening headers on every response, errors and Quarkus' own pages included. HTML pages (Swagger UI, the
 * web UI) get a CSP that admits their own scripts and styles; everything else (JSON, problem+json, streams) gets one
 * that forbids any active content, since none of it is meant to be rendered.
 */
@ApplicationScoped
class SecurityHeaders {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    static final String HTML_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /** First of all routes, so that even the early answers (413 of the body limits) carry the headers. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::add);
    }

    private void add(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            if (!headers.contains("Content-Security-Policy")) {
                String type = headers.get("Content-Type");
                headers.set("Content-Security-Policy", type != null && type.startsWith("text/html") ? HTML_CSP : API_CSP);
            }
        });
        rc.next();
    }
}
