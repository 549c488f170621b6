package io.statements.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Rejects a declared body over the API limit before it is read, with a problem+json 413. */
@Provider
@PreMatching
class BodyLimitFilter implements ContainerRequestFilter {

    private final ServiceLimits limits;

    BodyLimitFilter(ServiceLimits limits) {
        this.limits = limits;
    }

    /** Streams its body to disk and enforces its own, larger limits (io.statements.ingest.BulkLimits). */
    private static final String BULK_PATH = "/statements/bulk";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > limits.maxBodyBytes() && !BULK_PATH.equals(request.getUriInfo().getPath())) {
            request.abortWith(ProblemMappers.respond(ApiException.tooLarge(limits.maxBodyBytes()).toProblem(
                    request.getUriInfo().getPath())));
        }
    }
}
