package io.statements.extraction;

import io.statements.outlet.Languages;
import io.statements.outlet.OutletRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An article to read. Outlet and url are only required to store it (POST /articles). */
@Schema(name = "ExtractionRequest", description = "An article's text and where it was published")
public record ExtractionRequest(
        @NotBlank
        @Schema(required = true, maxLength = ExtractionService.MAX_TEXT_CODE_POINTS, description = "The article "
                + "text, paragraphs separated by line breaks. All offsets in the answer are Unicode code point "
                + "offsets into this string. At most 1,000,000 code points (413 above); NUL and unpaired "
                + "surrogates are read as U+FFFD, which keeps every offset",
                examples = "Maj. Gen. Igor Konashenkov said: \"Our pilots acted professionally.\"") String text,
        @Valid @Schema(description = "The publishing outlet; required by POST /articles") OutletRef outlet,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an absolute http(s) URL")
        @Schema(description = "The article's URL; required by POST /articles, which is idempotent by it",
                examples = "https://www.example-news.com/2018/09/20/world/plane-downing") String url,
        @Size(max = 1000) @Schema(examples = "Kremlin calls plane downing a chain of tragic circumstances")
        String title,
        @Schema(description = "Publication time, RFC 3339") Instant publishedAt,
        @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE)
        @Schema(description = "Only English (en, en-GB, ...) is supported; en when absent", examples = "en")
        String language) {
}
