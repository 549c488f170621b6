package io.statements.apikey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ApiKeyRequest", description = "A new API key for an ingestion job or integration")
public record ApiKeyRequest(
        @Schema(required = true, description = "What uses the key; recorded as key:<name> in created_by, updated_by and the change feed",
                example = "wire-ingest", maxLength = 100)
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' and '-' only")
        String name,
        @Schema(required = true, description = "Roles of the key: reader, editor, ingester, admin", example = "[\"ingester\"]")
        @NotEmpty @Size(max = 4)
        List<@NotBlank @Pattern(regexp = "reader|editor|ingester|admin", message = "one of reader, editor, ingester, admin") String> roles,
        @Schema(description = "When the key stops working; absent: never", example = "2027-01-01T00:00:00Z")
        Instant expiresAt) {
}
