package io.statements.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.statements.common.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Missing or bad credentials: 401 with {@code WWW-Authenticate: Bearer} (RFC 6750); a known identity without the
 * role: 403. Both as problem+json. Authentication is lazy ({@code quarkus.http.auth.proactive=false}), so its
 * failures reach these mappers instead of Quarkus' bodiless default.
 */
class AuthProblems {

    static final String CHALLENGE = "Bearer realm=\"statements\"";
    static final String INVALID_TOKEN = CHALLENGE + ", error=\"invalid_token\"";

    @ServerExceptionMapper
    Response rejected(AuthenticationFailedException e, UriInfo uri) {
        String detail = e.getCause() instanceof CredentialsRejected reason ? reason.getMessage()
                : "The bearer token is invalid, expired or not from the configured issuer";
        return unauthorized(uri, detail, INVALID_TOKEN);
    }

    @ServerExceptionMapper
    Response missing(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri, "Send an API key or an OIDC access token as Authorization: Bearer <credential>", CHALLENGE);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(new Problem("/problems/forbidden", "Forbidden", 403,
                "Your roles do not allow this operation", path(uri), null)).build();
    }

    static Response unauthorized(UriInfo uri, String detail, String challenge) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .entity(new Problem("/problems/unauthorized", "Unauthorized", 401, detail, path(uri), null)).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
