package io.statements.speaker;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "MergeRequest", description = "The duplicate speaker to fold into this one")
public record MergeRequest(@NotNull UUID from) {
}
