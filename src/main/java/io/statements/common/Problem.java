package io.statements.common;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response. The service builds it with a path-only
 * {@code type} ({@code /problems/validation}); it is sent as an absolute URL that serves the type's description.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, the body of every error response (application/problem+json)")
public record Problem(
        @Schema(required = true, format = "uri", description = "Absolute URL identifying the kind of problem; it serves "
                + "a page describing it (the catalogue is at /problems)", example = "http://localhost:8080/problems/validation")
        @JsonSerialize(using = ProblemTypeUris.Serializer.class)
        String type,
        @Schema(required = true, description = "Short summary of the kind of problem", example = "Invalid request")
        String title,
        @Schema(required = true, description = "The HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong with this request", example = "The request has 1 invalid field(s)")
        String detail,
        @Schema(description = "The path of the request that failed", example = "/statements")
        String instance,
        @Schema(description = "One entry per invalid field or parameter (validation problems only)")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, null);
    }
}
