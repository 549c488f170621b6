package io.statements.ingest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.QueryParam;
import io.statements.statement.StatementRequest;
import io.statements.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statements.common.ApiDocs;
import io.statements.common.ApiException;
import io.statements.common.Problem;
import io.statements.utterance.LinkQueue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

@jakarta.ws.rs.Path("/statements/bulk")
@Tag(name = "Statements")
class BulkResource {

    static final String NDJSON = "application/x-ndjson";

    private final BulkLimits limits;
    private final BulkSpool spool;
    private final BulkImporter importer;
    private final ObjectMapper mapper;
    private final ImportMemory memory;
    private final LinkQueue links;

    BulkResource(BulkLimits limits, BulkSpool spool, BulkImporter importer, ObjectMapper mapper, ImportMemory memory,
                 LinkQueue links) {
        this.links = links;
        this.limits = limits;
        this.spool = spool;
        this.importer = importer;
        this.mapper = mapper;
        this.memory = memory;
    }

    @POST
    @RolesAllowed(Roles.INGESTER)
    @Extension(name = Roles.EXTENSION, value = Roles.INGESTER_ONLY, parseValue = true)
    @Consumes(NDJSON)
    @Produces({NDJSON, MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "importStatements", summary = "Import statements in bulk: one POST /statements payload (plus optional mode) a line",
            description = "Each line stands alone: CREATED (committed), DUPLICATE (same natural key, or same external_id "
                    + "for the outlet: id of the stored statement), UPDATED (upsert: the outlet's statement with "
                    + "this external_id now has the line's content; a change-feed event), INVALID (problem names the field) or FAILED "
                    + "(server-side failure: send the line again). Results stream back as NDJSON, in line order, "
                    + "or as one JSON object with Accept: application/json. The whole body is received before the "
                    + "first line is written, so a 413 means nothing was imported.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(implementation = BulkLineDoc.class)))
    @APIResponse(responseCode = "200", description = "One result a line",
            content = {@Content(mediaType = NDJSON, schema = @Schema(implementation = LineResult.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkReport.class))})
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "413", description = "More bytes or lines than the configured limits",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not application/x-ndjson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importLines(InputStream body, @Context HttpHeaders headers,
                                @Parameter(description = "What a line whose external_id the outlet already has does "
                                        + "when it names no mode: create (default) reports DUPLICATE and changes "
                                        + "nothing; upsert updates the stored statement (UPDATED) when its content differs",
                                        schema = @Schema(enumeration = {BulkMode.CREATE, BulkMode.UPSERT},
                                                defaultValue = BulkMode.CREATE))
                                @QueryParam("mode") String mode) throws IOException {
        boolean upsert = Boolean.TRUE.equals(BulkMode.parse("mode", mode));
        if (headers.getLength() > limits.maxBytes()) {
            throw ApiException.tooLarge(limits.maxBytes());
        }
        Path file = spool.receive(body);
        boolean json = prefersJson(headers);
        StreamingOutput output = out -> {
            long size = Files.size(file);
            memory.started();
            links.importStarted(); // the link queue waits for imports to end (#13)
            try {
                importer.run(file, json ? new JsonSink(out, mapper) : new NdjsonSink(out, mapper), upsert);
            } finally {
                links.importFinished();
                memory.finished(size);
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(output, json ? MediaType.APPLICATION_JSON : NDJSON).build();
    }

    private static boolean prefersJson(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(NDJSON)) && !type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return true;
            }
        }
        return false;
    }

    private static final class NdjsonSink implements BulkImporter.Sink {
        private final OutputStream out;
        private final ObjectMapper mapper;

        NdjsonSink(OutputStream out, ObjectMapper mapper) {
            this.out = new BufferedOutputStream(out, 1 << 16);
            this.mapper = mapper;
        }

        @Override
        public void accept(LineResult result) throws IOException {
            out.write(mapper.writeValueAsBytes(result));
            out.write('\n');
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    /** {"items": [...], "created": n, ...}: counts come last, when they are known. */
    private static final class JsonSink implements BulkImporter.Sink {
        private final JsonGenerator json;
        private final long[] counts = new long[LineResult.Status.values().length];

        JsonSink(OutputStream out, ObjectMapper mapper) throws IOException {
            this.json = mapper.getFactory().createGenerator(new BufferedOutputStream(out, 1 << 16));
            json.writeStartObject();
            json.writeArrayFieldStart("items");
        }

        @Override
        public void accept(LineResult result) throws IOException {
            counts[result.status().ordinal()]++;
            json.writeObject(result);
        }

        @Override
        public void flush() throws IOException {
            json.flush();
        }

        @Override
        public void finish() throws IOException {
            json.writeEndArray();
            for (LineResult.Status status : LineResult.Status.values()) {
                json.writeNumberField(status.name().toLowerCase(), counts[status.ordinal()]);
            }
            json.writeEndObject();
            json.flush();
        }
    }

    /** Documentation only: a line is a StatementRequest (external_id included) plus an optional mode. */
    @Schema(name = "BulkLine", description = "One line: a POST /statements payload (external_id: your id for it, "
            + "unique per outlet) plus an optional mode", allOf = StatementRequest.class)
    record BulkLineDoc(@Schema(description = "create (default: a known external_id is a DUPLICATE) or upsert (a known "
            + "external_id with other content UPDATES the statement); overrides the request's ?mode=",
            enumeration = {BulkMode.CREATE, BulkMode.UPSERT}) String mode) {
    }
}
