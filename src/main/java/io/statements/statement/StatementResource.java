package io.statements.statement;

import com.fasterxml.jackson.databind.JsonNode;
import io.statements.common.ETags;
import io.statements.common.Page;
import io.statements.common.Problem;
import io.statements.search.FilterParams;
import io.statements.search.SearchApi;
import io.statements.search.SearchPage;
import io.statements.search.StatementHit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/statements")
@Tag(name = "Statements")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class StatementResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final StatementService service;
    private final SearchApi search;

    StatementResource(StatementService service, SearchApi search) {
        this.service = service;
        this.search = search;
    }

    @GET
    @Operation(summary = "Search and filter statements, with keyset cursor paging",
            description = "All parameters are optional and combine with AND; a multi-valued parameter (repeated "
                    + "or comma-separated) matches any of its values. Ordered by relevance when q is given, "
                    + "else newest reported first. next_cursor is bound to the filters and sort it was issued for.")
    @APIResponse(responseCode = "200", description = "One page of matching statements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown parameter or invalid value; errors name the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<StatementHit> list(@BeanParam FilterParams filters,
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

    @POST
    @Operation(summary = "Create a statement; speaker, outlet and article are resolved or created")
    public Response create(@NotNull @Valid StatementRequest request, UriInfo uri) {
        StatementResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a statement; If-None-Match with its ETag answers 304 when unchanged")
    public Response get(@PathParam("id") UUID id, Request request) {
        StatementResponse statement = service.get(id);
        EntityTag tag = ETags.of(statement.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(statement)).tag(tag).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a statement; send If-Match with the ETag you read to avoid lost updates")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid StatementRequest request) {
        return withTag(service.replace(id, request, ETags.ifMatch(ifMatch)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    @Operation(summary = "Change some fields of a statement (JSON Merge Patch); honours If-Match")
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @NotNull JsonNode patch) {
        return withTag(service.patch(id, patch, ETags.ifMatch(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a statement; honours If-Match")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ETags.ifMatch(ifMatch));
    }

    private static Response withTag(StatementResponse statement) {
        return Response.ok(statement).tag(ETags.of(statement.version())).build();
    }
}
