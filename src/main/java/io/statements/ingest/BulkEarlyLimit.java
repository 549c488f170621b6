package io.statements.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statements.common.ApiException;
import io.statements.common.Problem;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the HTTP layer's body ceiling (raised to the bulk limit) from loosening the other endpoints' limit.
 * <ul>
 * <li>The HTTP layer answers a declared Content-Length over quarkus.http.limits.max-body-size with a bare 413
 * before any JAX-RS code runs (its route order is -2). For the bulk endpoint, whose limit is that ceiling, a route
 * just before it answers with the API's problem+json instead.</li>
 * <li>A body without Content-Length (chunked) is limited while it is read, by the size the HTTP layer stores in the
 * request context (order -2); the bulk endpoint gets its limit plus slack there, so that its own spool trips first
 * and answers problem+json. Every other endpoint is held to statements.max-body-bytes by common.BodyLimitRoute.</li>
 * </ul>
 */
@ApplicationScoped
class BulkEarlyLimit {

    private static final int BEFORE_UPLOAD_LIMIT = -3;

    private static final int AFTER_UPLOAD_LIMIT = -1;
    private static final String MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size"; // VertxHttpRecorder's

    void register(@Observes Router router, BulkLimits limits, ObjectMapper mapper)
            throws JsonProcessingException {
        // the bulk body's own count (BulkSpool) must trip first to answer problem+json: give the HTTP layer slack
        Long bulkCeiling = limits.maxBytes() + (1 << 20);
        router.route("/statements/bulk").order(AFTER_UPLOAD_LIMIT).handler(ctx -> {
            if (ctx.get(MAX_REQUEST_SIZE_KEY) != null) {
                ctx.put(MAX_REQUEST_SIZE_KEY, bulkCeiling);
            }
            ctx.next();
        });
        String problem = mapper.writeValueAsString(ApiException.tooLarge(limits.maxBytes()).toProblem("/statements/bulk"));
        router.route("/statements/bulk").order(BEFORE_UPLOAD_LIMIT).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                    && Long.parseLong(length) > limits.maxBytes()) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(problem);
            } else {
                ctx.next();
            }
        });
    }
}
