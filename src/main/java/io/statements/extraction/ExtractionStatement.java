package io.statements.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.statements.article.OffsetRange;
import io.statements.article.ResolvedSpeaker;
import io.statements.article.TextRange;
import io.statements.statement.Channel;
import io.statements.statement.StatementKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One statement found in a text. Fields that may be absent are written as explicit nulls (the service omits
 * nulls elsewhere) because the contract promises {@code null} for them, so clients see every field.
 */
@Schema(name = "ExtractedStatement", description = "Who said what, with the evidence in the submitted text "
        + "(Unicode code point offsets, end exclusive)")
public record ExtractionStatement(
        @Schema(description = "The statement's words, exactly the text at content",
                examples = "Our pilots acted professionally.") String text,
        @Schema(description = "DIRECT: full quote; PARTIAL: quoted words inside reported speech; INDIRECT: "
                + "reported speech without quotation marks") StatementKind kind,
        @Schema(description = "The statement's words: inside the quotation marks, or the reported clause")
        OffsetRange content,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The attribution cue (\"said\", \"told\", \"according to\"); null when none",
                nullable = true) TextRange cue,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The speaker as written near the statement (\"he\", \"the ministry\", "
                + "\"Maj. Gen. Igor Konashenkov\"); null when the text names none", nullable = true)
        TextRange speakerMention,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The resolved speaker; null when unknown", nullable = true) ResolvedSpeaker speaker,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Intermediary the words are reported through", nullable = true,
                examples = "RIA-Novosti") String via,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "How the words were made public, when the text says so", nullable = true)
        Channel channel,
        @Schema(description = "How sure the extractor is about the statement and its speaker", minimum = "0",
                maximum = "1", examples = "0.9") double confidence) {
}
