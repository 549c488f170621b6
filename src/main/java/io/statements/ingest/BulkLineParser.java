package io.statements.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.statements.common.ApiException;
import io.statements.common.FieldError;
import io.statements.common.JsonPaths;
import io.statements.common.Problem;
import io.statements.statement.StatementRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns one NDJSON line into a statement create payload plus its optional external_id, or into the problem that
 * names what is wrong, worded like the single POST /statements would word it.
 */
@ApplicationScoped
class BulkLineParser {

    static final String INSTANCE = "/statements/bulk";
    private static final int MAX_EXTERNAL_ID = 200;

    /** One parsed, valid line. */
    record Row(long line, StatementRequest request, String externalId) {
    }

    /** Either a row or the problem of the line. */
    record Parsed(Row row, Problem problem) {
    }

    private final ObjectMapper mapper;
    private final Validator validator;

    BulkLineParser(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    Parsed parse(long line, byte[] json, int length) {
        try {
            JsonNode node = mapper.readTree(json, 0, length);
            if (node == null || !node.isObject()) {
                return invalid("body", "each line must be one JSON object");
            }
            String externalId = externalId(((ObjectNode) node).remove("external_id"));
            StatementRequest request = mapper.treeToValue(node, StatementRequest.class);
            Set<ConstraintViolation<StatementRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                return new Parsed(null, ApiException.invalid(violations.stream()
                        .map(v -> new FieldError(JsonPaths.of(v), v.getMessage()))
                        .sorted(Comparator.comparing(FieldError::field)).toList()).toProblem(INSTANCE));
            }
            return new Parsed(new Row(line, request, externalId), null);
        } catch (ApiException e) {
            return new Parsed(null, e.toProblem(INSTANCE));
        } catch (UnrecognizedPropertyException e) {
            return invalid(JsonPaths.of(e), "unknown property; allowed: external_id, " + e.getKnownPropertyIds()
                    .stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (InvalidFormatException e) {
            if (e.getTargetType() != null && e.getTargetType().isEnum()) {
                return invalid(JsonPaths.of(e), "'" + e.getValue() + "' is not one of " + Arrays
                        .stream(e.getTargetType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")));
            }
            return invalid(JsonPaths.of(e), "wrong type or format: " + firstLine(e.getOriginalMessage()));
        } catch (JsonMappingException e) {
            return invalid(JsonPaths.of(e), "wrong type or format: " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            return new Parsed(null, new Problem("/problems/malformed-json", "Malformed JSON", 400,
                    "The line is not valid JSON: " + firstLine(e.getOriginalMessage()), INSTANCE, null));
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
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > MAX_EXTERNAL_ID) {
            throw ApiException.invalid("external_id", "must be a non-blank string of at most " + MAX_EXTERNAL_ID
                    + " characters");
        }
        return value.asText().strip();
    }

    private static Parsed invalid(String field, String message) {
        return new Parsed(null, ApiException.invalid(field, message).toProblem(INSTANCE));
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
