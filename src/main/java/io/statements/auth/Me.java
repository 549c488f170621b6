package io.statements.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Me", description = "Who the caller is and what its roles allow")
public record Me(
        @Schema(required = true, description = "The API key's name, the token's preferred username (else its subject), "
                + "or anonymous", example = "alice") String name,
        @Schema(required = true, description = "How the caller is named in created_by, updated_by and the change feed",
                example = "user:alice (0b7c3f9e-5d4a-4c1e-9a51-4f3e2d1c0b9a)") String actor,
        @Schema(required = true, description = "How the caller authenticated", enumeration = {"API_KEY", "OIDC", "ANONYMOUS"},
                example = "OIDC") String method,
        @Schema(required = true, description = "Roles, implied ones included (an editor is also a reader)",
                example = "[\"editor\", \"reader\"]") List<String> roles) {
}
