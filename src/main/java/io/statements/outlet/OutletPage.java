package io.statements.outlet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The contract's shape of {@code Page<OutletResponse>}: OpenAPI annotations cannot name a generic type. */
@Schema(name = "OutletPage", description = "One page of outlets, newest first")
record OutletPage(@Schema(required = true) List<OutletResponse> items,
                @Schema(description = "Pass as cursor to get the next page; absent on the last page") String nextCursor) {
}
