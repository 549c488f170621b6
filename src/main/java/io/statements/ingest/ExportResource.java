package io.statements.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.statements.common.Problem;
import io.statements.statement.StatementResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

    private final ExportBatches batches;
    private final ObjectMapper mapper;

    ExportResource(ExportBatches batches, ObjectMapper mapper) {
        this.batches = batches;
        this.mapper = mapper;
    }

    @GET
    @Produces({BulkResource.NDJSON, CSV, Problem.MEDIA_TYPE})
    @Operation(summary = "Export statements as NDJSON (one Statement a line) or CSV (Accept: text/csv), streamed",
            description = "Oldest first, any number of rows, in constant memory. Read in batches: a statement that "
                    + "exists for the whole export appears exactly once; one written meanwhile may or may not.")
    @APIResponse(responseCode = "200", description = "The statements: NDJSON, one Statement object a line (empty when "
            + "nothing matches), or CSV with a header line",
            content = {@Content(mediaType = BulkResource.NDJSON), @Content(mediaType = CSV)})
    @APIResponse(responseCode = "400", description = "Invalid filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Accept names neither NDJSON nor CSV",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @Parameter(description = "Only this speaker's statements", example = "0190a0b0-5b5e-7c3d-9f00-1a2b3c4d5e6f")
            @QueryParam("speaker_id") String speakerId,
            @Parameter(description = "Only statements reported by this outlet", example = "0190a0b0-5b5e-7c3d-9f00-6f5e4d3c2b1a")
            @QueryParam("outlet_id") String outletId,
            @Parameter(description = "Only statements that entered this way", example = "IMPORTED")
            @QueryParam("origin") String origin,
            @Parameter(description = "Only statements in this language", example = "en")
            @QueryParam("language") String language,
            @Parameter(description = "Only statements reported at or after this instant", example = "2024-01-01T00:00:00Z")
            @QueryParam("reported_from") String reportedFrom,
            @Parameter(description = "Only statements reported before this instant", example = "2025-01-01T00:00:00Z")
            @QueryParam("reported_to") String reportedTo,
            @Context HttpHeaders headers) {
        ExportFilter filter = ExportFilter.of(speakerId, outletId, origin, language, reportedFrom, reportedTo);
        boolean csv = prefersCsv(headers);
        StreamingOutput output = raw -> {
            OutputStream out = new BufferedOutputStream(raw, 1 << 16);
            CsvWriter table = csv ? new CsvWriter(out) : null;
            UUID after = null;
            List<StatementResponse> batch;
            do {
                batch = batches.after(filter, after);
                for (StatementResponse statement : batch) {
                    if (table != null) {
                        table.row(statement);
                    } else {
                        out.write(mapper.writeValueAsBytes(statement));
                        out.write('\n');
                    }
                }
                out.flush();
                after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
            } while (batch.size() == ExportBatches.BATCH);
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
