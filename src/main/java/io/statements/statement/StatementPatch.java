package io.statements.statement;

import io.statements.article.ArticleRef;
import io.statements.outlet.OutletRef;
import io.statements.speaker.SpeakerRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Documentation only: the body of PATCH /statements/{id}, a JSON Merge Patch (RFC 7396) of {@link StatementRequest}.
 * Every field is optional; null clears an optional field. The service applies the patch to the request form and
 * validates the result like a PUT, so the constraints of StatementRequest hold for the merged statement.
 */
@Schema(name = "StatementPatch", description = "JSON Merge Patch of a StatementRequest: fields present are set, "
        + "fields given as null are cleared (text, kind, speaker and outlet cannot be cleared), others are kept. "
        + "speaker, outlet and article are replaced as a whole.")
record StatementPatch(
        @Schema(maxLength = 10_000, pattern = "\\S") String text,
        StatementKind kind,
        SpeakerRef speaker,
        OutletRef outlet,
        @Schema(nullable = true) ArticleRef article,
        @Schema(nullable = true, maxLength = 100) String cue,
        @Schema(nullable = true) Channel channel,
        @Schema(nullable = true, maxLength = 300) String via,
        @Schema(nullable = true) Stance stance,
        @Schema(nullable = true, maxLength = 300) String stanceTarget,
        @Schema(nullable = true, maxItems = 50) List<String> topics,
        @Schema(nullable = true, examples = "en") String language,
        @Schema(nullable = true) Instant statedAt,
        @Schema(nullable = true) Instant reportedAt,
        @Schema(nullable = true) Origin origin,
        @Schema(nullable = true, maxLength = 200) String externalId) {
}
