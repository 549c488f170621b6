package io.statements.utterance;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "AttachRequest", description = "The statement to attach to the utterance (moved from its current one)")
public record AttachRequest(@NotNull UUID statementId) {
}
