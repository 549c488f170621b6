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

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > limits.maxBodyBytes()) {
            request.abortWith(ProblemMappers.respond(ApiException.tooLarge(limits.maxBodyBytes()).toProblem(
                    request.getUriInfo().getPath())));
        }
    }
}
