package io.statements.extraction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OffsetRange", description = "A range of the submitted text: Unicode code point offsets, start "
        + "inclusive, end exclusive (Python string indices; Java strings count UTF-16 units, so use "
        + "String.offsetByCodePoints to cut a Java substring)")
public record OffsetRange(
        @Schema(description = "First code point, counted from 0", examples = "112") int start,
        @Schema(description = "Code point after the last one", examples = "160") int end) {
}
