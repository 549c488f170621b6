package io.statements.statement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The contract's shape of {@code Page<StatementResponse>}: OpenAPI annotations cannot name a generic type. */
@Schema(name = "StatementPage", description = "One page of statements, newest first")
record StatementPage(@Schema(required = true) List<StatementResponse> items,
                @Schema(description = "Pass as cursor to get the next page; absent on the last page") String nextCursor) {
}
