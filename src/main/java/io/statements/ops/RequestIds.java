package io.statements.ops;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is a sane token, else a new UUID.
 * It is echoed in the response header and put in the logging MDC as {@code request_id}, so every log line of the
 * request (JSON logs, access log) carries it. A Vert.x filter rather than a JAX-RS one, so health, metrics and
 * unmatched paths get an id too.
 */
@ApplicationScoped
class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "request_id";
    /** Printable and bounded: the id ends up in logs, so arbitrary text (newlines, megabytes) is not trusted. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:/+=-]{1,128}");
    /** Runs before Quarkus' own filters, so even requests they reject are logged with an id. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this::assign, PRIORITY);
    }

    private void assign(RoutingContext context) {
        String id = accept(context.request().getHeader(HEADER));
        context.response().putHeader(HEADER, id);
        // Quarkus keeps the MDC in the request's own Vert.x context, so it follows the request to worker threads.
        MDC.put(MDC_KEY, id);
        context.next();
    }

    static String accept(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : newId();
    }

    /**
     * A version 4 UUID from the thread's own generator: a request id needs to be unique, not unguessable, and
     * {@code UUID.randomUUID()} would take every request through the one shared, locked SecureRandom.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
