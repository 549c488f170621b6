package io.statements.extraction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TextRange", description = "Words as they stand in the submitted text, with their Unicode code point "
        + "offsets (start inclusive, end exclusive; Java strings count UTF-16 units)")
public record TextRange(
        @Schema(description = "First code point, counted from 0", examples = "161") int start,
        @Schema(description = "Code point after the last one", examples = "165") int end,
        @Schema(description = "The text between start and end", examples = "said") String text) {
}
