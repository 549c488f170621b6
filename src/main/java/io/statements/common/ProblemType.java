package io.statements.common;

/**
 * The catalogue of problem types: each answer's {@code type} is {@code <base>/problems/<slug>}, and that URL serves
 * this description ({@link ProblemCatalogueResource}). The slugs are part of the API: never rename one.
 */
public enum ProblemType {
    VALIDATION("validation", 400, "Invalid request",
            "One or more fields or query parameters are invalid. `errors` lists every one of them by its JSON path "
                    + "(`speaker.kind`, `topics[3]`) or parameter name, with what it must be. Correct them and resend."),
    MALFORMED_JSON("malformed-json", 400, "Malformed JSON",
            "The body (or a bulk line) is not well-formed JSON, is not UTF-8, or nests deeper than the service allows."),
    BAD_REQUEST("bad-request", 400, "Bad Request",
            "The request is malformed at the HTTP level: a badly encoded URL or query string, or a malformed header "
                    + "such as a blank Idempotency-Key or If-Match."),
    UNAUTHORIZED("unauthorized", 401, "Unauthorized",
            "No credentials, or credentials the service does not accept (unknown, expired or revoked API key; a token "
                    + "that is expired, of another issuer or malformed). Send an API key or an OIDC access token as "
                    + "Authorization: Bearer <credential>."),
    FORBIDDEN("forbidden", 403, "Forbidden",
            "The credentials are valid, but none of the caller's roles (reader, editor, ingester, admin) allows this "
                    + "operation. Each operation's roles are in the contract (x-required-roles)."),
    NOT_FOUND("not-found", 404, "Not Found", "No resource has this id, or nothing is served at this path."),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method Not Allowed",
            "This resource does not support the HTTP method; the Allow header lists those it does."),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not Acceptable",
            "None of the media types in Accept can be produced; omit Accept or send one the operation documents."),
    CONFLICT("conflict", 409, "Conflict",
            "The change conflicts with stored data: it would duplicate another resource (an outlet's domain, a "
                    + "statement equal to another one), or the resource is still in use."),
    SPEAKER_IDENTITY_TAKEN("speaker-identity-taken", 409, "Already another speaker's",
            "A name, alias or wikidata_id of the speaker already belongs to another speaker (compared ignoring case, "
                    + "accents and punctuation); `detail` and `errors` name that speaker. Merge the two speakers "
                    + "(POST /speakers/{id}/merge) or remove the name from one of them."),
    CONCURRENT_UPDATE("concurrent-update", 409, "Concurrent update",
            "Another request changed or deleted the resource while this one was being processed, and no If-Match "
                    + "was sent. Read the resource again and retry; send If-Match to be told with 412 instead."),
    STALE_VERSION("stale-version", 412, "Precondition Failed",
            "If-Match does not match the current version (compared strongly: a weak W/ tag never matches). The "
                    + "answer's ETag header carries the current version: read the resource again, reapply, retry."),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload Too Large",
            "The body exceeds the limit (1 MiB; bulk imports have their own byte and line limits)."),
    TOO_MANY_LINES("too-many-lines", 413, "Payload Too Large", "A bulk import has more lines than the limit."),
    URI_TOO_LONG("uri-too-long", 414, "URI Too Long", "The request URL is longer than the service accepts."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported Media Type",
            "The body's Content-Type is not the one the operation consumes; `detail` names the expected type."),
    UNKNOWN_REFERENCE("unknown-reference", 422, "Unknown reference",
            "The body names a speaker or outlet id that does not exist; `errors` says which field."),
    AMBIGUOUS_SPEAKER("ambiguous-speaker", 422, "Ambiguous speaker name",
            "The speaker name of the body is a name or alias of several speakers; `errors` lists their ids. Name the "
                    + "speaker by id, or merge the speakers."),
    ARTICLE_OUTLET_MISMATCH("article-outlet-mismatch", 422, "Article belongs to another outlet",
            "The article URL is already stored for another outlet."),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key reused",
            "The Idempotency-Key was first used with a different body; use a new key for a new request."),
    RATE_LIMITED("rate-limited", 429, "Too Many Requests",
            "Over the caller's request budget for this kind of operation (reads, writes, bulk); retry after the "
                    + "Retry-After delay. RateLimit and RateLimit-Policy headers tell the budget."),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Request Header Fields Too Large",
            "The request headers are larger than the service accepts."),
    LINE_FAILED("line-failed", 500, "Line not stored",
            "A well-formed bulk line could not be stored because of a server-side failure; retry the line."),
    INTERNAL_ERROR("internal-error", 500, "Internal Server Error",
            "The service failed; the failure is logged with the request's X-Request-Id. Retrying may help."),
    TOO_MANY_STREAMS("too-many-streams", 503, "Service Unavailable",
            "The service serves as many change streams as it allows; retry after the Retry-After delay."),
    DATABASE_UNAVAILABLE("database-unavailable", 503, "Service Unavailable",
            "The database is unavailable (restarting, failing over or overloaded); retry after the Retry-After delay.");

    public static final String PATH = "/problems/";

    private final String slug;
    private final int status;
    private final String title;
    private final String description;

    ProblemType(String slug, int status, String title, String description) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The type as the service writes it internally; made absolute when the problem is sent. */
    public String uri() {
        return PATH + slug;
    }

    public static ProblemType bySlug(String slug) {
        for (ProblemType type : values()) {
            if (type.slug.equals(slug)) {
                return type;
            }
        }
        return null;
    }

    /** The catalogued type for a status, when the status alone is all that is known. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> STALE_VERSION;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 431 -> HEADERS_TOO_LARGE;
            case 500 -> INTERNAL_ERROR;
            case 503 -> DATABASE_UNAVAILABLE;
            default -> null;
        };
    }
}
