package io.statements.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The first look at every request, before any endpoint: what the HTTP layer would otherwise answer with an empty
 * body or a 500 is answered here with problem+json. A URL or header block over the service's limits (414, 431; the
 * HTTP codec's own hard limits are set above these, so the service gets to answer), a query string or path that is
 * not valid percent-encoded UTF-8, or a query parameter breaking {@link Text}'s rule (400 naming the parameter). An
 * empty {@code Accept} means "anything" (RFC 9110 treats a missing one so). Failures raised by the router itself are
 * rendered the same way.
 */
@Singleton // no client proxy: on every request's path, where the proxy's context lookup showed in profiles
class HttpGuardRoute {

    /** Longest request target (path and query) the service reads. */
    static final int MAX_URI_CHARS = 8192;
    /** Largest header block (names and values) the service reads. */
    static final int MAX_HEADER_CHARS = 16384;

    private static final Logger LOG = Logger.getLogger(HttpGuardRoute.class);
    private static final List<String> NOT_BLANK = List.of("If-Match", "If-None-Match", "Idempotency-Key", "Last-Event-ID");

    private final ObjectMapper json;

    HttpGuardRoute(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        // the router's own 400 for a path or query it cannot decode, raised before any route matches
        router.errorHandler(400, this::failed);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ProblemTypeUris.remember(request);
        String uri = request.uri();
        if (uri.length() > MAX_URI_CHARS) {
            reject(ctx, new ApiException(ProblemType.URI_TOO_LONG, "The request URL has " + uri.length()
                    + " characters; at most " + MAX_URI_CHARS + " are accepted", null));
            return;
        }
        int headerChars = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerChars += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerChars > MAX_HEADER_CHARS) {
            reject(ctx, new ApiException(ProblemType.HEADERS_TOO_LARGE, "The request headers have " + headerChars
                    + " characters; at most " + MAX_HEADER_CHARS + " are accepted", null));
            return;
        }
        ApiException bad = checkTarget(request.path(), request.query());
        if (bad == null) {
            bad = checkHeaders(request.headers());
        }
        if (bad != null) {
            reject(ctx, bad);
            return;
        }
        MultiMap headers = request.headers();
        List<String> accept = headers.getAll(HttpHeaders.ACCEPT);
        if (!accept.isEmpty() && accept.stream().anyMatch(String::isBlank)) {
            List<String> given = accept.stream().filter(a -> !a.isBlank()).toList();
            headers.remove(HttpHeaders.ACCEPT);
            headers.add("Accept", given.isEmpty() ? List.of("*/*") : given);
        }
        ctx.next();
    }

    /**
     * A blank precondition or idempotency header is a client bug, never "absent": taken as absent it would silently
     * drop the protection the client asked for (the REST layer reads an empty header as a missing one).
     */
    static ApiException checkHeaders(MultiMap headers) {
        for (String name : NOT_BLANK) {
            for (String value : headers.getAll(name)) {
                if (value.isBlank()) {
                    return new ApiException(ProblemType.BAD_REQUEST, name + " is present but blank; send a value or "
                            + "leave the header out", List.of(new FieldError(name, "must not be blank")));
                }
            }
        }
        return null;
    }

    /** Null when the path and query are valid percent-encoded UTF-8 and every parameter passes {@link Text}. */
    static ApiException checkTarget(String path, String query) {
        if (path != null && path.indexOf('%') >= 0) {
            String decoded = decode(path, false);
            if (decoded == null || decoded.indexOf(0) >= 0) {
                return ApiException.badRequest("The URL path is not valid percent-encoded UTF-8, or contains NUL");
            }
        }
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            if (name == null || value == null) {
                return ApiException.invalid(name == null ? "query" : safeName(name),
                        "is not valid percent-encoded UTF-8");
            }
            String problem = Text.problem(name) != null ? Text.problem(name) : Text.problem(value);
            if (problem != null) {
                return ApiException.invalid(safeName(name), problem);
            }
        }
        return null;
    }

    private static String safeName(String name) {
        String printable = name.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
    }

    /** Strict percent-decoding into UTF-8; null when malformed. */
    static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0) {
            return plusIsSpace ? raw.replace('+', ' ') : raw;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else {
                bytes.put(String.valueOf(plusIsSpace && c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A failure the router met outside the REST layer (which maps its own): problem+json, not an empty body. */
    private void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().ended() || ctx.response().headWritten() || isSecurity(failure)) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        ApiException problem;
        if (failure instanceof ApiException api) {
            problem = api;
        } else if (status >= 500 && failure != null && DatabaseUnavailable.isCause(failure)) {
            ctx.response().putHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            problem = new ApiException(ProblemType.DATABASE_UNAVAILABLE, DatabaseUnavailable.DETAIL, null);
        } else if (status >= 500) {
            LOG.error("Unexpected failure on " + ctx.normalizedPath(), failure);
            problem = new ApiException(ProblemType.INTERNAL_ERROR,
                    "The server failed to process the request; it has been logged", null);
        } else {
            ProblemType type = ProblemType.forStatus(status);
            problem = type != null ? new ApiException(type, type.description(), null)
                    : new ApiException(status, "about:blank", "HTTP " + status, "The request cannot be processed", null);
        }
        reject(ctx, problem);
    }

    private static boolean isSecurity(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("io.quarkus.security") || name.contains("Authentication") || name.contains("Forbidden")
                    || name.contains("Unauthorized")) {
                return true;
            }
        }
        return false;
    }

    private void reject(RoutingContext ctx, ApiException e) {
        String path = ctx.request().path();
        String instance = path == null || path.length() > 300 || decode(path, false) == null ? null : path;
        String body;
        try {
            body = json.writeValueAsString(ProblemMappers.respond(e, instance).getEntity());
        } catch (JsonProcessingException ex) {
            body = "{\"status\":" + e.status() + "}";
        }
        e.headers().forEach(ctx.response()::putHeader);
        ctx.response().setStatusCode(e.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}
