package io.statements.common;

/**
 * Names and texts of the shared pieces of the OpenAPI contract (declared in {@code package-info.java}),
 * so every resource documents errors, ETags and paging the same way.
 * Refer to them by name, for example {@code @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)};
 * the constants are the component names in {@code openapi/openapi.yaml}.
 */
public final class ApiDocs {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNPROCESSABLE = "UnprocessableEntity";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String NOT_MODIFIED = "NotModified";
    public static final String ETAG = "ETag";
    public static final String LOCATION = "Location";

    public static final String CURSOR = "Opaque `next_cursor` of the previous page; omit it for the first page";
    public static final String LIMIT = "Page size, 1 to 100 (default 20)";
    public static final String IF_MATCH = "The ETag you read; the change is refused with 412 when the resource changed since";

    public static final String EXAMPLE_400 = """
            {"type": "http://localhost:8080/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "The request has 1 invalid field(s)", "instance": "/statements",
             "errors": [{"field": "speaker.name", "message": "must not be blank"}]}""";
    public static final String EXAMPLE_404 = """
            {"type": "http://localhost:8080/problems/not-found", "title": "Not Found", "status": 404,
             "detail": "Statement 0190d2a4-5b1e-7c3a-9f4e-2b8d6c1a0e57 does not exist",
             "instance": "/statements/0190d2a4-5b1e-7c3a-9f4e-2b8d6c1a0e57"}""";
    public static final String EXAMPLE_409 = """
            {"type": "http://localhost:8080/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Speaker 0190d2a4-5b1e-7c3a-9f4e-2b8d6c1a0e57 still has statements; merge it into another speaker instead",
             "instance": "/speakers/0190d2a4-5b1e-7c3a-9f4e-2b8d6c1a0e57"}""";
    public static final String EXAMPLE_412 = """
            {"type": "http://localhost:8080/problems/stale-version", "title": "Precondition Failed", "status": 412,
             "detail": "If-Match does not match the current version (ETag \\"4\\"); fetch it again and retry",
             "instance": "/statements/0190d2a4-5b1e-7c3a-9f4e-2b8d6c1a0e57"}""";

    private ApiDocs() {
    }
}
