package io.statements.article.evidence;

import io.statements.extraction.ResolvedSpeaker;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answer of POST /articles?dry_run=true: what would be stored, storing nothing. */
@Schema(name = "ArticleIngestPlan", description = "What POST /articles would store (dry_run=true): every "
        + "statement POST /extractions finds in the text, by index, with whether it would be stored and under "
        + "which speaker")
public record ArticleIngestPlan(
        @Schema(description = "True when an article with this url is already stored: nothing would change")
        boolean alreadyStored,
        List<PlannedStatement> statements) {

    @Schema(name = "PlannedStatement")
    public record PlannedStatement(
            @Schema(description = "Index in the statements of POST /extractions for the same text") int index,
            String text,
            double confidence,
            @Schema(description = "The speaker it would be filed under; absent when the extractor found none")
            ResolvedSpeaker speaker,
            @Schema(description = "STORE, or why not: NOT_SELECTED (not in statements), LOW_CONFIDENCE (under "
                    + "min_confidence), NO_SPEAKER (no speaker, or one that is not a name: a pronoun, a title "
                    + "alone, a document, a phrase without a head noun)") Decision decision,
            @Schema(description = "MATCHED: an existing speaker (id set); CREATED: a new speaker would be created; "
                    + "absent when not stored") SpeakerAction speakerAction) {
    }

    public enum Decision { STORE, NOT_SELECTED, LOW_CONFIDENCE, NO_SPEAKER }

    public enum SpeakerAction { MATCHED, CREATED }
}
