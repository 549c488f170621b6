package io.statements.auth;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Browsers' EventSource cannot send an Authorization header, so GET /changes/stream also takes the credential as
 * the {@code access_token} query parameter (RFC 6750 section 2.3). It is moved into the header before
 * authentication and accepted on this one path only: URLs end up in logs and histories more easily than headers.
 */
@ApplicationScoped
class StreamToken {

    static final String PATH = "/changes/stream";
    static final String PARAMETER = "access_token";

    void install(@Observes Router router) {
        router.route(PATH).order(Integer.MIN_VALUE + 1).handler(this::moveToHeader);
    }

    private void moveToHeader(RoutingContext rc) {
        if (PATH.equals(rc.normalizedPath()) && rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            String token = rc.request().getParam(PARAMETER);
            if (token != null && !token.isBlank() && token.length() <= 8192) {
                rc.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token.strip());
            }
        }
        rc.next();
    }
}
