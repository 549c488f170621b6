package io.statements.utterance;

import io.smallrye.mutiny.Uni;
import io.statements.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.statements.common.ApiDocs;
import io.statements.common.ApiException;
import io.statements.common.Paging;
import io.statements.common.Problem;
import io.statements.replica.ReadDatabase;
import io.statements.search.FilterParams;
import io.statements.search.SearchApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;
import java.util.UUID;

@Path("/utterances")
@Tag(name = "Utterances", description = "One thing a speaker said on one occasion, linked across the outlets reporting it")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class UtteranceResource {

    private static final Set<String> OWN_PARAMS = Set.of("min_reports", "sort", "cursor", "limit");
    private static final int MAX_MIN_REPORTS = 1_000_000;

    private final UtteranceService service;
    private final SearchApi search;
    private final ReadDatabase reads;

    UtteranceResource(UtteranceService service, SearchApi search, ReadDatabase reads) {
        this.service = service;
        this.search = search;
        this.reads = reads;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "listUtterances", summary = "Utterances with a report matching the statement filters",
            description = "The filters of GET /statements select reports; an utterance is listed when one of its "
                    + "reports matches. Most reported first (sort=-reports), or most recently reported "
                    + "(sort=-last_reported_at): \"the most reported statements this week\" is "
                    + "?reported_after=...&min_reports=2.")
    @APIResponse(responseCode = "200", description = "One page of utterances (without their report lists)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UtterancePage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Uni<UtterancePage> list(@BeanParam FilterParams filters,
                              @QueryParam("min_reports") @Parameter(description = "Only utterances with at least this "
                                      + "many reports (default 1)", example = "2", schema = @Schema(type = SchemaType.INTEGER,
                                      minimum = "1", defaultValue = "1")) String minReports,
                              @QueryParam("sort") @Parameter(description = "-reports (default) or -last_reported_at",
                                      example = "-reports", schema = @Schema(enumeration = {"-reports",
                                      "-last_reported_at"}, defaultValue = "-reports")) String sort,
                              @QueryParam("cursor") @Parameter(description = ApiDocs.CURSOR) String cursor,
                              @QueryParam("limit") @Parameter(description = ApiDocs.LIMIT, example = "20",
                                      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                                              defaultValue = "20")) String limit,
                              @Context UriInfo uri) {
        var filter = search.filterFor(filters, uri.getQueryParameters(), OWN_PARAMS);
        UtteranceSort order = UtteranceSort.parse(sort);
        if (cursor != null && cursor.length() > 2000) {
            throw ApiException.invalid("cursor", "malformed cursor; use next_cursor exactly as returned");
        }
        int least = minReports(minReports);
        int size = Paging.limit(limit);
        return filter.chain(resolved -> UtteranceQueries.list(reads, resolved, order, least, cursor, size))
                .map(page -> new UtterancePage(page.items(), page.nextCursor()));
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Path("{id}")
    @Operation(operationId = "getUtterance", summary = "An utterance with every report of it, oldest first")
    @APIResponse(responseCode = "200", description = "The utterance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UtteranceResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public UtteranceResponse get(@Parameter(description = "The utterance's id") @PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Path("{id}/statements")
    @Operation(operationId = "attachStatement", summary = "Attach a statement to this utterance (an editor's decision)",
            description = "Moves the statement from its current utterance. Automatic linking never moves it again. "
                    + "The statement gets a new version and an UPDATED change.")
    @APIResponse(responseCode = "200", description = "The utterance with its reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UtteranceResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    public UtteranceResponse attach(@Parameter(description = "The utterance's id") @PathParam("id") UUID id,
                                    @Valid @NotNull AttachRequest request) {
        return service.attach(id, request.statementId());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Extension(name = Roles.EXTENSION, value = Roles.EDITOR_ONLY, parseValue = true)
    @Path("{id}/statements/{statement_id}")
    @Operation(operationId = "detachStatement", summary = "Detach a statement into an utterance of its own (an editor's"
            + " decision)", description = "The new utterance takes no automatic links; the statement gets a new version"
            + " and an UPDATED change.")
    @APIResponse(responseCode = "200", description = "The statement's new utterance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UtteranceResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    public UtteranceResponse detach(@Parameter(description = "The utterance's id") @PathParam("id") UUID id,
                                    @Parameter(description = "The statement's id") @PathParam("statement_id")
                                    UUID statementId) {
        return service.detach(id, statementId);
    }

    private static int minReports(String raw) {
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1 && value <= MAX_MIN_REPORTS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("min_reports", "must be an integer between 1 and " + MAX_MIN_REPORTS);
    }
}
