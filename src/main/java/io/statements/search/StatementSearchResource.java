package io.statements.search;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import io.smallrye.mutiny.Uni;
import io.statements.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
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
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
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
                                           example = "-reported_at", schema = @Schema(enumeration = {"relevance", "-reported_at", "reported_at",
                                                   "-stated_at", "stated_at"})) String sort,
                                   @QueryParam("cursor") @Parameter(description = "next_cursor of the previous page")
                                   String cursor,
                                   @QueryParam("limit") @Parameter(description = "Page size, 1 to 100 (default 20)",
                                           example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String limit,
                                   @QueryParam("collapse") @Parameter(description = "utterance: one hit per "
                                           + "utterance (one thing said on one occasion), its best-ranked report; "
                                           + "utterance.reports tells how many reports it has",
                                           example = "utterance", schema = @Schema(enumeration = {"utterance"})) String collapse,
                                   @Context UriInfo uri) {
        return search.list(filters, sort, cursor, limit, collapse, uri.getQueryParameters());
    }
}
