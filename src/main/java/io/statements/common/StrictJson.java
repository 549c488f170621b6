package io.statements.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * JSON input is taken as typed, never coerced: {@code "text": 12345}, {@code "topics": [1, false]},
 * {@code "kind": 0} or {@code "stated_at": 1700000000} are 400s, not silently turned into "12345", "false", the first
 * enum constant or an epoch instant. Every string passes {@link Text}'s rule and every instant
 * {@link Timestamps}' range, so one place guards bodies, merge patches and bulk lines alike (they share this mapper).
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    /** Our documents are at most four levels deep; anything far deeper is junk, refused before it costs anything. */
    static final int MAX_NESTING = 64;

    static final String TIMESTAMP = "must be an RFC 3339 timestamp such as 2024-05-01T12:00:00Z";

    @Override
    public int priority() {
        return MINIMUM_PRIORITY; // after Quarkus' own customizers
    }

    @Override
    @SuppressWarnings("deprecation") // the MapperFeature still governs the legacy coercions of scalars
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        for (LogicalType type : LogicalType.values()) {
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                if (shape != CoercionInputShape.Array && shape != CoercionInputShape.Object) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        // Registered here first, the time module is skipped when Quarkus registers it again (same module id), so
        // its lenient Instant deserializer (epoch numbers, any year) can never take precedence over ours.
        mapper.registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        mapper.registerModule(new SimpleModule("statements-strict-input")
                .addDeserializer(String.class, new Strings())
                .addDeserializer(Instant.class, new Instants()));
    }

    /** A failed input rule: its message is written for the client and is shown as it is. */
    static final class RuleViolation extends MismatchedInputException {
        RuleViolation(JsonParser p, String message, Class<?> target) {
            super(p, message, target);
        }
    }

    private static final class Strings extends StdScalarDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RuleViolation(p, "must be a string", String.class);
            }
            String text = p.getText();
            String problem = Text.problem(text);
            if (problem != null) {
                throw new RuleViolation(p, problem, String.class);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    private static final class Instants extends StdScalarDeserializer<Instant> {
        Instants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RuleViolation(p, TIMESTAMP, Instant.class);
            }
            Instant value;
            try {
                value = OffsetDateTime.parse(p.getText().strip()).toInstant();
            } catch (DateTimeParseException | ArithmeticException e) {
                throw new RuleViolation(p, TIMESTAMP, Instant.class);
            }
            if (!Timestamps.inRange(value)) {
                throw new RuleViolation(p, Timestamps.RANGE, Instant.class);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
