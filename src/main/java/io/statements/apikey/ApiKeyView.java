package io.statements.apikey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "ApiKey", description = "An API key without its secret")
public record ApiKeyView(UUID id, String name,
                         @Schema(description = "The first characters of the secret, to tell keys apart", example = "stmt_Q2x9")
                         String keyHint,
                         List<String> roles, Instant createdAt,
                         @Schema(description = "Who created it, named like created_by of statements") String createdBy,
                         Instant expiresAt,
                         @Schema(description = "Last time the key authenticated a request (updated at most once a minute)")
                         Instant lastUsedAt,
                         @Schema(description = "When it was revoked; revoked keys authenticate nothing") Instant revokedAt) {

    static ApiKeyView of(ApiKeyEntity e) {
        return new ApiKeyView(e.id, e.name, e.keyHint, List.copyOf(e.roles), e.createdAt, e.createdBy, e.expiresAt,
                e.lastUsedAt, e.revokedAt);
    }
}
