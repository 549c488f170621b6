package io.statements.search;

import io.smallrye.mutiny.Uni;
import io.statements.common.ApiDocs;
import io.statements.common.Problem;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /statements: search belongs to the search feature; the statement resource keeps create, read and write. */
@Path("/statements")
@Tag(name = "Statements")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class StatementSearchResource {

    private final SearchApi search;

    StatementSearchResource(SearchApi search) {
        this.search = search;
    }

    @GET
    @Operation(operationId = "listStatements", summary = "Search and filter statements, with keyset cursor paging",
            description = "All parameters are optional and combine with AND; a multi-valued parameter (repeated "
                    + "or comma-separated) matches any of its values. Ordered by relevance when q is given, "
                    + "else newest reported first. next_cursor is bound to the filters and sort it was issued for.")
    @APIResponse(responseCode = "200", description = "One page of matching statements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<SearchPage> list(@BeanParam FilterParams filters,
                                   @QueryParam("sort") @Parameter(description = "relevance (default with q), "
                                           + "-reported_at (default otherwise), reported_at, -stated_at, stated_at",
                                           example = "-reported_at") String sort,
                                   @QueryParam("cursor") @Parameter(description = "next_cursor of the previous page",
                                           example = "djEfc3RhdGVtZW50cw") String cursor,
                                   @QueryParam("limit") @Parameter(description = "Page size, 1 to 100 (default 20)",
                                           example = "20") String limit,
                                   @Context UriInfo uri) {
        return search.list(filters, sort, cursor, limit, uri.getQueryParameters());
    }
}
