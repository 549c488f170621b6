package io.statements.article;

import io.statements.outlet.Languages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ArticleRef", description = "The article a statement appeared in, identified by its URL "
        + "(created on first mention; title and dates of an existing article are kept)")
public record ArticleRef(
        @NotBlank @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an absolute http(s) URL")
        @Schema(examples = "https://www.example-news.com/2018/09/20/world/plane-downing") String url,
        @Size(max = 1000) @Schema(examples = "Kremlin calls plane downing a chain of tragic circumstances") String title,
        Instant publishedAt,
        @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String language) {
}
