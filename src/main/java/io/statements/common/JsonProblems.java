package io.statements.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Words a JSON parse or binding failure for the client: the field by its JSON path and what it must be, in terms
 * of JSON (a string, an array, one of the enum values), never Jackson's own message, which names Java classes.
 * Used for request bodies, merge patches and bulk lines alike.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** The 400 for {@code e}; {@code what} is "body" or "line". */
    public static ApiException of(JsonProcessingException e, String what) {
        if (isSyntaxError(e)) {
            return malformed(e, what);
        }
        if (e instanceof JsonMappingException m) {
            return ApiException.invalid(JsonPaths.of(m), message(m, what, List.of()));
        }
        return malformed(e, what);
    }

    /** Like {@link #of} for a bulk line, which may also carry {@code external_id}. */
    public static ApiException ofLine(JsonProcessingException e, List<String> extraProperties) {
        if (isSyntaxError(e) || !(e instanceof JsonMappingException m)) {
            return malformed(e, "line");
        }
        return ApiException.invalid(JsonPaths.of(m), message(m, "line", extraProperties));
    }

    private static ApiException malformed(JsonProcessingException e, String what) {
        String why;
        if (causedBy(e, StreamConstraintsException.class)) {
            why = "it exceeds the parser's limits (nesting deeper than " + StrictJson.MAX_NESTING
                    + " levels, or a value too long)";
        } else {
            why = ProblemMappers.clean(firstLine(e.getOriginalMessage()));
        }
        return new ApiException(400, ProblemType.MALFORMED_JSON.uri(), ProblemType.MALFORMED_JSON.title(),
                "The " + what + " is not valid JSON: " + why, null);
    }

    private static String message(JsonMappingException e, String what, List<String> extraProperties) {
        if (e instanceof PropertyBindingException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).toList();
            return "unknown property; allowed: " + java.util.stream.Stream.concat(extraProperties.stream(), known.stream())
                    .sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof StrictJson.RuleViolation) {
            return e.getOriginalMessage();
        }
        Class<?> target = e instanceof MismatchedInputException mi ? mi.getTargetType() : null;
        if (e instanceof InvalidFormatException f && target != null && target.isEnum()) {
            return "'" + abbreviate(String.valueOf(f.getValue())) + "' is not one of " + allowed(target);
        }
        if (e.getPath().isEmpty() && (target == null || target.getName().startsWith("io.statements.") && !target.isEnum())) {
            return "the " + what + " must be a JSON object";
        }
        return expected(target);
    }

    /** What a value of {@code target} looks like in JSON. */
    static String expected(Class<?> target) {
        if (target == null) {
            return "has the wrong type";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target.isEnum()) {
            return "must be one of " + allowed(target);
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "must be a number";
        }
        if (target == Instant.class) {
            return StrictJson.TIMESTAMP;
        }
        if (target == UUID.class) {
            return "must be a UUID such as 0190d2a4-5b1e-7c3a-9f4e-2b8d6c1a0e57";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(target) || target.getName().startsWith("io.statements.")) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException || String.valueOf(t.getMessage()).startsWith("Unexpected end-of-input")) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
