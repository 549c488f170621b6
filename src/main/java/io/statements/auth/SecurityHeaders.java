package io.statements.auth;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * Browser hardening headers on every response, errors and Quarkus' own pages included. HTML pages (Swagger UI, the
 * web UI) get a CSP that admits their own scripts and styles; everything else (JSON, problem+json, streams) gets one
 * that forbids any active content, since none of it is meant to be rendered.
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
class SecurityHeaders {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /** The HTML pages' policy; with OIDC sign-in offered, the page may also call the issuer (discovery, token). */
    private final String htmlCsp;

    SecurityHeaders(AuthConfig config,
                    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean oidcOn,
                    @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> issuer) {
        OidcSignIn signIn = OidcSignInResource.of(config, oidcOn, issuer);
        this.htmlCsp = htmlCsp(signIn.enabled() ? originOf(signIn.issuer()) : null);
    }

    static String htmlCsp(String issuerOrigin) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'" + (issuerOrigin == null ? "" : " " + issuerOrigin)
                + "; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

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
            // A 304 has no Content-Type, and a browser would store its policy over the cached page's: leave it out
            // so the page keeps its own (the page's files are revalidated on every load).
            if (!headers.contains("Content-Security-Policy") && rc.response().getStatusCode() != 304) {
                String type = headers.get("Content-Type");
                headers.set("Content-Security-Policy", type != null && type.startsWith("text/html") ? htmlCsp : API_CSP);
            }
        });
        rc.next();
    }
}
