package io.statements.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statements.common.ApiException;
import io.statements.common.Problem;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The HTTP layer answers a declared Content-Length over quarkus.http.limits.max-body-size with a bare 413 before
 * any JAX-RS code runs (its route order is -2). For the bulk endpoint, whose limit is that ceiling, this route
 * runs just before it and answers with the API's problem+json instead.
 */
@ApplicationScoped
class BulkEarlyLimit {

    private static final int BEFORE_UPLOAD_LIMIT = -3;

    void register(@Observes Router router, BulkLimits limits, ObjectMapper mapper) throws JsonProcessingException {
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
