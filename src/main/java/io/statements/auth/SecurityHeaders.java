package io.statements.auth;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Browser hardening headers on every response, errors and Quarkus' own pages included. HTML pages (Swagger UI, the
 * web UI) get a CSP that admits their own scripts and styles (the web page's inline script by its hash only);
 * everything else (JSON, problem+json, streams) gets one
 * that forbids any active content, since none of it is meant to be rendered.
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
class SecurityHeaders {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /**
     * The HTML pages' policy; with OIDC sign-in offered, the page may also call the issuer (discovery, token). Quarkus'
     * own pages under /q/ (Swagger UI) need inline scripts.
     */
    private final String htmlCsp;
    /** The web page's: its inline scripts admitted by their hashes only ({@link #inlineScriptHashes}). */
    private final String pageCsp;

    SecurityHeaders(AuthConfig config,
                    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean oidcOn,
                    @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> issuer) {
        OidcSignIn signIn = OidcSignInResource.of(config, oidcOn, issuer);
        String issuerOrigin = signIn.enabled() ? originOf(signIn.issuer()) : null;
        this.htmlCsp = htmlCsp(issuerOrigin, "'unsafe-inline'");
        this.pageCsp = htmlCsp(issuerOrigin, inlineScriptHashes(PAGE));
    }

    /** The web page, whose inline script (the early request for the first results) the page's policy admits. */
    static final String PAGE = "META-INF/resources/index.html";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    static String htmlCsp(String issuerOrigin, String inlineScripts) {
        return "default-src 'self'; script-src 'self' " + inlineScripts + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'" + (issuerOrigin == null ? "" : " " + issuerOrigin)
                + "; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }

    /** CSP sources ('sha256-…') of the inline scripts of a page on the class path, in order; 'none' without any. */
    static String inlineScriptHashes(String resource) {
        try (InputStream in = SecurityHeaders.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "";
            }
            Matcher script = INLINE_SCRIPT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            StringBuilder sources = new StringBuilder();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            while (script.find()) {
                byte[] hash = sha256.digest(script.group(1).getBytes(StandardCharsets.UTF_8));
                sources.append(sources.isEmpty() ? "" : " ").append("'sha256-")
                        .append(Base64.getEncoder().encodeToString(hash)).append('\'');
            }
            return sources.toString();
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
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
                boolean html = type != null && type.startsWith("text/html");
                headers.set("Content-Security-Policy", !html ? API_CSP
                        : rc.normalizedPath().startsWith("/q/") ? htmlCsp : pageCsp);
            }
        });
        rc.next();
    }
}
