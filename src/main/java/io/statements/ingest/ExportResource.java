package io.statements.ingest;

import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import io.statements.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statements.common.Problem;
import io.statements.statement.StatementResponse;
import io.statements.search.FilterParams;
import io.statements.search.StatementExport;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

@Path("/statements/export")
@Tag(name = "Statements")
class ExportResource {

    static final String CSV = "text/csv";

    /** Statements read per query: memory stays at one batch however large the export. */
    static final int BATCH = 500;

    private final StatementExport export;
    private final ObjectMapper mapper;

    ExportResource(StatementExport export, ObjectMapper mapper) {
        this.export = export;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Produces({BulkResource.NDJSON, CSV, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportStatements", summary = "Export statements as NDJSON (one Statement a line) or CSV (Accept: text/csv), streamed",
            description = "Takes the search filters of GET /statements (q, speaker, outlet, stance, dates, ...; no "
                    + "sort or paging). Oldest first, any number of rows, in constant memory. Read in batches: a "
                    + "statement that exists for the whole export appears exactly once; one written meanwhile may or may not. "
                    + "Read where searches read: the read replica when one is configured (send a write's Commit-LSN "
                    + "back to see that write).")
    @APIResponse(responseCode = "200", description = "The statements: NDJSON, one Statement object a line (empty when "
            + "nothing matches), or CSV with a header line",
            content = {@Content(mediaType = BulkResource.NDJSON, schema = @Schema(implementation = StatementResponse.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = "RFC 4180, "
                            + "UTF-8, a header line then one row a statement; columns: " + StatementCsv.COLUMNS
                            + ". Topics are joined with \"; \"; absent values are empty cells."),
                            examples = @ExampleObject(name = "header", value = StatementCsv.COLUMNS + "\n"))})
    @APIResponse(responseCode = "400", description = "Unknown parameter or invalid filter; errors name the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Accept names neither NDJSON nor CSV",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@BeanParam FilterParams filters, @Context UriInfo uri, @Context HttpHeaders headers) {
        StatementExport.Batches statements = export.open(filters, uri.getQueryParameters());
        boolean csv = prefersCsv(headers);
        StreamingOutput output = raw -> {
            OutputStream out = new BufferedOutputStream(raw, 1 << 16);
            StatementCsv table = csv ? new StatementCsv(out) : null;
            UUID after = null;
            List<StatementResponse> batch;
            do {
                batch = statements.after(after, BATCH);
                for (StatementResponse statement : batch) {
                    if (table != null) {
                        table.row(statement);
                    } else {
                        out.write(mapper.writeValueAsBytes(statement));
                        out.write('\n');
                    }
                }
                if (table != null) {
                    table.flush();
                }
                out.flush();
                after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
            } while (batch.size() == BATCH);
            if (table != null) {
                table.close();
            }
        };
        return Response.ok(output, csv ? CSV + "; charset=utf-8" : BulkResource.NDJSON).build();
    }

    private static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(CSV))) {
                return true;
            }
            if (type.isCompatible(MediaType.valueOf(BulkResource.NDJSON))) {
                return false;
            }
        }
        return false;
    }
}
