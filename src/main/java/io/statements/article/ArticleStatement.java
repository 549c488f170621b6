package io.statements.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.statements.statement.Channel;
import io.statements.statement.Origin;
import io.statements.statement.StatementKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * A stored statement of an article with the evidence it was extracted from. Evidence fields are written as
 * explicit nulls (not omitted) so that "absent" reads the same as in POST /extractions.
 */
@Schema(name = "ArticleStatement", description = "A stored statement of the article. For EXTRACTED statements "
        + "content, cue, speaker_mention and confidence are the evidence as found at extraction time "
        + "(Unicode code point offsets into the article text); they are null for statements entered by hand")
public record ArticleStatement(
        @Schema(description = "The statement's id under /statements") UUID id,
        String text,
        StatementKind kind,
        @JsonInclude(JsonInclude.Include.ALWAYS) OffsetRange content,
        @JsonInclude(JsonInclude.Include.ALWAYS) TextRange cue,
        @JsonInclude(JsonInclude.Include.ALWAYS) TextRange speakerMention,
        ResolvedSpeaker speaker,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(examples = "RIA-Novosti") String via,
        @JsonInclude(JsonInclude.Include.ALWAYS) Channel channel,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(minimum = "0", maximum = "1") Double confidence,
        Origin origin,
        long version) {
}
