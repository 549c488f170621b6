package io.statements.speaker;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "SpeakerRef", description = "Names a statement's speaker: by id, or by name (matched against names and "
        + "aliases, ignoring case, accents and punctuation; created with the given kind when unknown)")
public record SpeakerRef(
        UUID id,
        @Size(max = 300) @Schema(examples = "Vladimir Putin") String name,
        @Schema(description = "Kind for a speaker created from this reference; PERSON when absent") SpeakerKind kind) {
}
