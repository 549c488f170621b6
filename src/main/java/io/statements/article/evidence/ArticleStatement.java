package io.statements.article.evidence;

import io.statements.extraction.OffsetRange;
import io.statements.extraction.ResolvedSpeaker;
import io.statements.extraction.TextRange;
import io.statements.statement.Channel;
import io.statements.statement.Origin;
import io.statements.statement.StatementKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A stored statement of an article with the evidence it was extracted from; absent evidence is omitted. */
@Schema(name = "ArticleStatement", description = "A stored statement of the article. For EXTRACTED statements "
        + "content, segments, cue_range, speaker_mention and confidence are the evidence as found at extraction time "
        + "(Unicode code point offsets into the article text); they are absent for statements entered by hand")
public record ArticleStatement(
        @Schema(description = "The statement's id under /statements") UUID id,
        String text,
        StatementKind kind,
        OffsetRange content,
        @Schema(description = "The quoted stretches (or the reported clause) of this one attribution, in text "
                + "order; absent for statements entered by hand") List<OffsetRange> segments,
        @Schema(description = "The attribution cue's words, as stored on the statement", examples = "said")
        String cue,
        @Schema(description = "Where the cue stands in the article text; absent for statements entered by hand "
                + "and when the extractor found no cue") TextRange cueRange,
        TextRange speakerMention,
        ResolvedSpeaker speaker,
        @Schema(examples = "RIA-Novosti") String via,
        Channel channel,
        @Schema(minimum = "0", maximum = "1") Double confidence,
        Origin origin,
        long version) {
}
