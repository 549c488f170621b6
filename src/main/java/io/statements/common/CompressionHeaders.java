package io.statements.common;

import io.vertx.ext.web.Router;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers of a media type the service compresses (quarkus.http.compress-media-types) differ by the request's
 * Accept-Encoding: {@code Vary: Accept-Encoding} tells shared caches and CDNs so, lest they hand a gzipped body to a
 * client that cannot read it. Added whether or not this answer was compressed, as RFC 9110 asks. Answers without
 * a body are never labelled as compressed.
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
class CompressionHeaders {

    private static final String ACCEPT_ENCODING = "Accept-Encoding";

    private final boolean enabled;
    /** type and subtype of each compressed media type, in lower case. */
    private final List<String[]> mediaTypes;

    CompressionHeaders(@ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false") boolean enabled,
                       @ConfigProperty(name = "quarkus.http.compress-media-types") Optional<List<String>> mediaTypes) {
        this.enabled = enabled;
        this.mediaTypes = mediaTypes.orElse(List.of()).stream().map(t -> t.strip().toLowerCase(Locale.ROOT).split("/", 2))
                .filter(t -> t.length == 2).toList();
    }

    /**
     * No body, nothing to encode: without this the HTTP layer still labels a 204 gzip (quarkusio/quarkus#49879),
     * which strict gateways reject. "identity" makes the compressor leave the answer alone. Runs as the headers are
     * written, after every other handler (addHeadersEndHandler keeps the handlers of others).
     */
    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
                context.addHeadersEndHandler(ignored -> {
                    int status = context.response().getStatusCode();
                    if (status == 204 || status == 304) {
                        context.response().headers().set(HttpHeaders.CONTENT_ENCODING, "identity");
                    }
                });
                context.next();
            });
        }
    }

    /** On every response: plain loops, no streams or lower-cased copies (#16). */
    @ServerResponseFilter
    void vary(ContainerResponseContext response) {
        MediaType type = enabled ? response.getMediaType() : null;
        if (type == null || !compressed(type)) {
            return;
        }
        List<Object> vary = response.getHeaders().get(HttpHeaders.VARY);
        if (vary != null) {
            for (Object value : vary) {
                if (String.valueOf(value).toLowerCase(Locale.ROOT).contains("accept-encoding")) {
                    return;
                }
            }
        }
        response.getHeaders().add(HttpHeaders.VARY, ACCEPT_ENCODING);
    }

    private boolean compressed(MediaType type) {
        for (String[] compressed : mediaTypes) {
            if (compressed[1].equalsIgnoreCase(type.getSubtype()) && compressed[0].equalsIgnoreCase(type.getType())) {
                return true;
            }
        }
        return false;
    }
}
