package io.statements.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.util.Optional;

/**
 * Makes problem types absolute. The base is {@code statements.public-url} when configured (set it to the URL clients
 * use, behind a proxy or ingress); otherwise the scheme and host the client used for this request, so that the
 * type always resolves to the catalogue page the service serves at {@code /problems/{slug}}.
 */
public final class ProblemTypeUris {

    static final String CONFIG = "statements.public-url";
    private static final String LOCAL = ProblemTypeUris.class.getName() + ".base";
    private static final String FALLBACK = "http://localhost:8080";

    private ProblemTypeUris() {
    }

    /**
     * Remembers the request in its Vert.x context, which every thread serving the request shares. Only the reference:
     * the base is worked out when a problem is written, not on every request.
     */
    static void remember(HttpServerRequest request) {
        try {
            ContextLocals.put(LOCAL, request);
        } catch (RuntimeException e) {
            // no duplicated context: the configured or default base is used
        }
    }

    public static String base() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(CONFIG, String.class);
        if (configured.isPresent() && !configured.get().isBlank()) {
            return configured.get().replaceFirst("/+$", "");
        }
        try {
            return ContextLocals.<HttpServerRequest>get(LOCAL).map(ProblemTypeUris::baseOf).orElse(FALLBACK);
        } catch (RuntimeException e) {
            return FALLBACK; // no duplicated context, or an unparseable Host header
        }
    }

    private static String baseOf(HttpServerRequest request) {
        String scheme = request.scheme() == null ? "http" : request.scheme();
        String host = request.authority() != null ? request.authority().toString() : request.host();
        return host != null && !host.isBlank() && Text.problem(host) == null && host.matches("[A-Za-z0-9.:\\[\\]_-]+")
                ? scheme + "://" + host : FALLBACK;
    }

    public static String absolute(String type) {
        return type != null && type.startsWith("/") ? base() + type : type;
    }

    /** Writes a path-only type as an absolute URL. */
    public static final class Serializer extends StdSerializer<String> {
        public Serializer() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(absolute(value));
        }
    }
}
