package io.statements.auth;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.statements.common.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Spends one token of the request's budget and answers 429 when it is empty. Every limited response carries the
 * IETF RateLimit-Policy and RateLimit headers (draft-ietf-httpapi-ratelimit-headers): the quota and window, and
 * what remains and when the bucket is full again.
 */
class RateLimitFilter {

    private static final String VERDICT = RateLimitFilter.class.getName();

    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identities;

    RateLimitFilter(RateLimiter limiter, CurrentIdentityAssociation identities) {
        this.limiter = limiter;
        this.identities = identities;
    }

    @ServerRequestFilter
    Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!limiter.enabled()) {
            return null; // nothing to wait for
        }
        Budget budget = Budget.of(request.getMethod(), "/" + request.getUriInfo().getPath().replaceFirst("^/", ""));
        String ip = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() && budget != Budget.READS) {
                return null; // refused by the role check anyway: no budget to spend
            }
            RateLimiter.Verdict verdict = limiter.spend(identity, ip, budget);
            request.setProperty(VERDICT, verdict);
            if (verdict.allowed()) {
                return null;
            }
            return Response.status(429).type(Problem.MEDIA_TYPE)
                    .header("Retry-After", verdict.retryAfterSeconds())
                    .entity(new Problem("/problems/rate-limited", "Too Many Requests", 429,
                            "Over the %s budget of %d requests per %d s; retry after %d s".formatted(budget.policy,
                                    verdict.quota(), limiterWindowSeconds(), verdict.retryAfterSeconds()),
                            "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), null))
                    .build();
        });
    }

    @ServerResponseFilter
    void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(VERDICT) instanceof RateLimiter.Verdict verdict) {
            String name = "\"" + verdict.budget().policy + "\"";
            response.getHeaders().putSingle("RateLimit-Policy", name + ";q=" + verdict.quota() + ";w=" + limiterWindowSeconds());
            response.getHeaders().putSingle("RateLimit", name + ";r=" + verdict.remaining() + ";t=" + verdict.resetSeconds());
        }
    }

    private long limiterWindowSeconds() {
        return limiter.windowSeconds();
    }
}
