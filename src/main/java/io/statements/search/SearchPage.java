package io.statements.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of search results, written by {@link SearchPageWriter}. */
@Schema(name = "StatementHitPage", requiredProperties = {"items"}, description = "One page of search results; next_cursor is absent on the last page")
public record SearchPage(List<StatementHit> items,
                         @Schema(description = "Opaque cursor for the next page, bound to this query and sort")
                         String nextCursor) {
}
