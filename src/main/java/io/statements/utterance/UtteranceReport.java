package io.statements.utterance;

import io.statements.article.ArticleSummary;
import io.statements.outlet.OutletSummary;
import io.statements.statement.StatementKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "UtteranceReport", description = "A statement reporting the utterance")
public record UtteranceReport(
        @Schema(description = "The statement's id") UUID id,
        OutletSummary outlet,
        ArticleSummary article,
        String text,
        StatementKind kind,
        Instant reportedAt,
        @Schema(description = "How it was linked: the rule that matched it to an earlier report (IDENTICAL_WORDS,"
                + " CONTAINED_QUOTE, SHARED_PASSAGE, LATE_REPORT, SAME_MEANING), EDITOR for an editor's attach or detach; absent for"
                + " the report that started the utterance", examples = "CONTAINED_QUOTE") String linkedBy) {
}
