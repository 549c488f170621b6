package io.statements.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statements.common.ApiException;
import io.statements.common.JsonBodies;
import io.statements.common.JsonProblems;
import io.statements.common.Problem;
import io.statements.common.Text;
import io.statements.statement.StatementRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/**
 * Turns one NDJSON line into a statement create payload plus its optional external_id, or into the problem that
 * names what is wrong, worded like the single POST /statements would word it.
 */
@ApplicationScoped
class BulkLineParser {

    static final String INSTANCE = "/statements/bulk";
    private static final int MAX_EXTERNAL_ID = 200;

    /**
     * One parsed, valid line. {@code upsert}: the line's own "mode", or null to follow the request's ?mode=.
     */
    record Row(long line, StatementRequest request, String externalId, Boolean upsert) {
    }

    /** Either a row or the problem of the line. */
    record Parsed(Row row, Problem problem) {
    }

    private final ObjectMapper mapper;
    private final JsonBodies bodies;

    BulkLineParser(ObjectMapper mapper, JsonBodies bodies) {
        this.mapper = mapper;
        this.bodies = bodies;
    }

    Parsed parse(long line, byte[] json, int length) {
        try {
            JsonNode node = mapper.readTree(json, 0, length);
            if (node == null || !node.isObject()) {
                return invalid("body", "each line must be one JSON object");
            }
            String externalId = externalId(((ObjectNode) node).remove("external_id"));
            Boolean upsert = BulkMode.parse("mode", ((ObjectNode) node).remove("mode"));
            StatementRequest request = bodies.bindAndValidate(node, StatementRequest.class, Set.of("mode"));
            return new Parsed(new Row(line, request, externalId, upsert), null);
        } catch (ApiException e) {
            return new Parsed(null, e.toProblem(INSTANCE));
        } catch (JsonProcessingException e) {
            return new Parsed(null, JsonProblems.ofLine(e, List.of("external_id", "mode")).toProblem(INSTANCE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // cannot happen: the line is already in memory
        }
    }

    static Problem tooLong(int maxLineBytes) {
        return ApiException.invalid("body", "the line is longer than " + maxLineBytes + " bytes").toProblem(INSTANCE);
    }

    private static String externalId(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > MAX_EXTERNAL_ID
                || Text.problem(value.asText()) != null) {
            throw ApiException.invalid("external_id", "must be a non-blank string of at most " + MAX_EXTERNAL_ID
                    + " characters");
        }
        return value.asText().strip();
    }

    private static Parsed invalid(String field, String message) {
        return new Parsed(null, ApiException.invalid(field, message).toProblem(INSTANCE));
    }
}
