package io.statements.article.evidence;

import io.statements.outlet.OutletSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Article", description = "An article with its statements, in text order")
public record ArticleResponse(UUID id, String url, String title, Instant publishedAt, String language,
                              OutletSummary outlet,
                              @Schema(description = "Length of the stored text in Unicode code points; absent "
                                      + "when the article is only known from a statement's reference")
                              Integer textLength,
                              @Schema(description = "When its statements were extracted; absent when never")
                              Instant extractedAt,
                              Instant createdAt,
                              List<ArticleStatement> statements,
                              @Schema(description = "Who created it: key:<name> of an API key, or user:<preferred_username> (<subject>) of a token; absent for data older than authentication") String createdBy,
                                @Schema(description = "Who changed it last, named like created_by") String updatedBy) {
}
