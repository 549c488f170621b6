package io.statements.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OidcSignIn", description = "How a browser page signs people in with OpenID Connect "
        + "(authorization code flow with PKCE, a public client)")
public record OidcSignIn(
        @Schema(required = true, description = "Whether sign-in with the issuer is offered; false: API keys only")
        boolean enabled,
        @Schema(description = "The issuer (its /.well-known/openid-configuration names the endpoints)",
                example = "https://login.newsroom.example/realms/newsroom") String issuer,
        @Schema(description = "The public client to sign in with", example = "statements-web") String clientId,
        @Schema(description = "Scopes to ask for", example = "openid profile") String scope) {

    static final OidcSignIn OFF = new OidcSignIn(false, null, null, null);
}
