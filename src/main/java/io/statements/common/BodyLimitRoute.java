package io.statements.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Enforces {@code statements.max-body-bytes} ahead of the HTTP layer's own limit, whose 413 has an empty body and
 * drops the connection: a declared length over the limit is answered with problem+json after the body has been
 * read and discarded (so the client, still sending, gets to read the answer), and a chunked body, which has no
 * length to check up front, is buffered here up to the limit and handed on to REST, or answered the same way.
 * The bulk import streams its body to disk and enforces its own, larger limits (io.statements.ingest), so it
 * is left alone here.
 */
@ApplicationScoped
class BodyLimitRoute {

    static final String STREAMED_UPLOAD_PATH = "/statements/bulk";

    /** Bodies declared larger than this are not read at all: answered at once and the connection closed. */
    private static final long DRAIN_AT_MOST = 64L * 1024 * 1024;

    private final ServiceLimits limits;
    private final ObjectMapper json;

    BodyLimitRoute(ServiceLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (STREAMED_UPLOAD_PATH.equals(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        long limit = limits.maxBodyBytes();
        long declared = declaredLength(request);
        boolean chunked = declared < 0 && request.headers().contains(HttpHeaders.TRANSFER_ENCODING, "chunked", true);
        if (declared <= limit && !chunked) {
            ctx.next();
            return;
        }
        boolean expectsContinue = request.headers().contains(HttpHeaders.EXPECT, "100-continue", true);
        if (declared > DRAIN_AT_MOST || (declared > limit && expectsContinue)) {
            reject(ctx, true); // a client waiting for 100-continue will not send the body at all
            return;
        }
        Buffer body = Buffer.buffer();
        long[] received = {0};
        request.handler(chunk -> {
            received[0] += chunk.length();
            if (received[0] <= limit) {
                body.appendBuffer(chunk);
            } else if (received[0] > DRAIN_AT_MOST) {
                reject(ctx, true);
            }
        });
        request.exceptionHandler(e -> ctx.fail(400, e));
        request.endHandler(end -> {
            if (ctx.response().ended()) {
                return;
            }
            if (received[0] > limit) {
                reject(ctx, false);
            } else {
                ctx.setBody(body);
                ctx.next();
            }
        });
        if (expectsContinue) {
            ctx.response().writeContinue();
        }
        request.resume();
    }

    private void reject(RoutingContext ctx, boolean close) {
        if (ctx.response().ended()) {
            return;
        }
        String path = "/" + ctx.normalizedPath().replaceFirst("^/", "");
        String body;
        try {
            body = json.writeValueAsString(ApiException.tooLarge(limits.maxBodyBytes()).toProblem(path));
        } catch (JsonProcessingException e) {
            body = "{\"status\":413}";
        }
        if (close) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
        if (close) {
            ctx.response().endHandler(v -> ctx.request().connection().close());
        }
    }

    private static long declaredLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1; // the HTTP codec rejects it anyway
        }
    }
}
