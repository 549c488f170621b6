package io.statements.common;

/** One invalid input: the JSON path or query parameter that is wrong, and why. */
public record FieldError(String field, String message) {
}
