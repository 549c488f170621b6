package io.statements.auth;

import io.statements.common.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/** Public, like an issuer's discovery document: a page must know where to sign in before it has any credential. */
@Path("/auth/oidc")
@Tag(name = "Access")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class OidcSignInResource {

    private final OidcSignIn settings;

    OidcSignInResource(AuthConfig config,
                       @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean oidcOn,
                       @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> issuer) {
        this.settings = of(config, oidcOn, issuer);
    }

    static OidcSignIn of(AuthConfig config, boolean oidcOn, Optional<String> serverIssuer) {
        Optional<String> issuer = config.webIssuer().or(() -> serverIssuer).filter(s -> !s.isBlank());
        if (!oidcOn || issuer.isEmpty() || config.webClientId().filter(s -> !s.isBlank()).isEmpty()) {
            return OidcSignIn.OFF;
        }
        return new OidcSignIn(true, issuer.get().replaceFirst("/+$", ""), config.webClientId().get(), config.webScope());
    }

    @GET
    @PermitAll
    @Extension(name = Roles.EXTENSION, value = Roles.ANYONE_ONLY, parseValue = true)
    @Operation(operationId = "getOidcSignIn", summary = "Where and with which client a browser page signs people in")
    @APIResponse(responseCode = "200", description = "The settings; enabled false when only API keys are accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OidcSignIn.class)))
    public OidcSignIn get() {
        return settings;
    }
}
