package io.statements.common;

import java.util.List;

/** A failure the client can act on; rendered as problem+json with its status. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "/problems/not-found", "Not Found", what + " " + id + " does not exist", null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "/problems/conflict", "Conflict", detail, null);
    }

    public static ApiException staleVersion(long current) {
        return new ApiException(412, "/problems/stale-version", "Precondition Failed",
                "If-Match does not match the current version (ETag \"" + current + "\"); fetch it again and retry", null);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(400, "/problems/validation", "Invalid request",
                "The request has " + errors.size() + " invalid field(s)", errors);
    }

    public static ApiException tooLarge(long limit) {
        return new ApiException(413, "/problems/payload-too-large", "Payload Too Large",
                "The request body exceeds the limit of " + limit + " bytes", null);
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }
}
