package io.statements.common;

import java.util.List;
import java.util.Map;

/** A failure the client can act on; rendered as problem+json with its status (and headers, such as a 412's ETag). */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        this(status, type, title, detail, errors, Map.of());
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors) {
        this(type.status(), type.uri(), type.title(), detail, errors, Map.of());
    }

    private ApiException(int status, String type, String title, String detail, List<FieldError> errors,
                         Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " does not exist", null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail, null);
    }

    /** 412 carrying the current version in its ETag header, so the client knows what it is up against. */
    public static ApiException staleVersion(long current) {
        return staleVersion(ETags.of(current).toString(),
                "If-Match does not match the current version (ETag " + ETags.of(current) + "); fetch it again and retry");
    }

    static ApiException staleVersion(String currentTag, String detail) {
        ProblemType type = ProblemType.STALE_VERSION;
        return new ApiException(type.status(), type.uri(), type.title(), detail, null,
                currentTag == null ? Map.of() : Map.of("ETag", currentTag));
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(ProblemType.VALIDATION, "The request has " + errors.size() + " invalid field(s)", errors);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(ProblemType.BAD_REQUEST, detail, null);
    }

    public static ApiException tooLarge(long limit) {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the limit of " + limit + " bytes", null);
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Response headers that belong to this problem. */
    public Map<String, String> headers() {
        return headers;
    }
}
