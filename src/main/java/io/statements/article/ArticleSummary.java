package io.statements.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ArticleSummary", requiredProperties = {"id", "url"}, description = "The article a statement appeared in, embedded")
public record ArticleSummary(UUID id, String url, String title, Instant publishedAt) {

    public static ArticleSummary of(ArticleEntity e) {
        return e == null ? null : new ArticleSummary(e.id, e.url, e.title, e.publishedAt);
    }
}
