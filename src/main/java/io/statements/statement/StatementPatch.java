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
        @Schema(description = NULL_TO_CLEAR) ArticleRef article,
        @Schema(nullable = true, maxLength = 100) String cue,
        @Schema(description = NULL_TO_CLEAR) Channel channel,
        @Schema(nullable = true, maxLength = 300) String via,
        @Schema(description = NULL_TO_CLEAR) Stance stance,
        @Schema(nullable = true, maxLength = 300) String stanceTarget,
        @Schema(nullable = true, maxItems = 50) List<String> topics,
        @Schema(nullable = true, examples = "en") String language,
        @Schema(nullable = true) Instant statedAt,
        @Schema(nullable = true) Instant reportedAt,
        @Schema(description = NULL_TO_CLEAR) Origin origin,
        @Schema(nullable = true, maxLength = 200) String externalId) {
    /**
     * Shown on the properties whose schema is a reference: OpenAPI 3.0 cannot mark a reference nullable without
     * a type beside it (generators and linters refuse allOf + nullable), so their null is said in words.
     */
    static final String NULL_TO_CLEAR = "null clears it (merge patch)";
}
