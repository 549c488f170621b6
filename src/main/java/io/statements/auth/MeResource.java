package io.statements.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.statements.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lets a frontend show only what the caller may do, without trying writes to find out. */
@Path("/me")
@Tag(name = "Access", description = "Who is calling, and how browsers sign in")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class MeResource {

    private final SecurityIdentity identity;

    MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.READER) // every role implies reader; with anonymous reads on, anonymous callers too
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "getMe", summary = "The caller: name, how it authenticated, and its roles")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    public Me me() {
        String actor = RoleAugmentor.actorOf(identity);
        String method = identity.isAnonymous() ? "ANONYMOUS"
                : identity.getPrincipal() instanceof JsonWebToken ? "OIDC" : "API_KEY";
        String name = identity.isAnonymous() ? "anonymous" : nameOf(identity);
        return new Me(name, identity.isAnonymous() ? "anonymous" : actor, method,
                Roles.ALL.stream().filter(identity::hasRole).toList());
    }

    private static String nameOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String username = token.getClaim("preferred_username");
            return username != null ? username : token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
