package io.statements.extraction;

import io.statements.speaker.SpeakerKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "ResolvedSpeaker", description = "Who made a statement, resolved from the mention "
        + "(\"he\" → the person named before, \"the ministry\" → the organisation named before)")
public record ResolvedSpeaker(
        @Schema(description = "The stored speaker whose name or alias matches (ignoring case, accents and "
                + "punctuation); absent when none does") UUID id,
        @Schema(examples = "Igor Konashenkov") String name,
        SpeakerKind kind) {
}
