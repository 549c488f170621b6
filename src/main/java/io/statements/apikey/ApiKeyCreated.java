package io.statements.apikey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "ApiKeyCreated", description = "A new API key with its secret, shown this once: only a hash is stored")
public record ApiKeyCreated(UUID id, String name,
                            @Schema(required = true, description = "The secret: send it as Authorization: Bearer <key>",
                                    example = "stmt_Q2x9vZ6nY1bH0cJ8kT3wR5mL7pD4fG2sA9eU6iO1qXz")
                            String key,
                            String keyHint, List<String> roles, Instant createdAt, String createdBy, Instant expiresAt) {
}
