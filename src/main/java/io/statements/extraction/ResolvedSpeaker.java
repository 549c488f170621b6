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
        SpeakerKind kind,
        @Schema(description = "The person's title as the article gives it (\"Harbour Board spokesperson Tom "
                + "Reyes\", \"the mayor, Anna Holt\", \"the mayor\" for a person the article gave that title); absent "
                + "when it gives none", examples = "spokesperson") String title,
        @Schema(description = "Where the title is held, as the article gives it; absent when it gives none",
                examples = "Harbour Board") String affiliation) {

    /** A speaker as stored, without this article's title (statements read back from an article). */
    public ResolvedSpeaker(UUID id, String name, SpeakerKind kind) {
        this(id, name, kind, null, null);
    }
}
