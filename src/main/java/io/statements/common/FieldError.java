package io.statements.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: the JSON path or query parameter that is wrong, and why. */
@Schema(name = "FieldError", description = "One invalid input")
public record FieldError(
        @Schema(required = true, description = "JSON path of the body field, or the query parameter name", example = "speaker.name")
        String field,
        @Schema(required = true, description = "Why it is invalid", example = "must not be blank")
        String message) {
}
