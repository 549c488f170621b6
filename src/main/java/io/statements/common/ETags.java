package io.statements.common;

import jakarta.ws.rs.core.EntityTag;

import java.util.regex.Pattern;

/** Version-based entity tags: a resource's ETag is its optimistic-lock version. */
public final class ETags {

    /** One entity-tag (RFC 9110 section 8.8.3): optionally weak, quoted, no quotes or controls inside. */
    private static final Pattern TAG = Pattern.compile("(W/)?\"([\\x21\\x23-\\x7e\\x80-\\xff]*)\"");
    /** Matches no version: a stale, weak or foreign tag is a 412, not a 400. */
    private static final long NO_VERSION = -1L;

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match header asks for, or null when absent or "*". If-Match uses the strong comparison
     * (RFC 9110 section 13.1.1): a weak tag never matches. A blank or malformed header is the client's error (400),
     * never taken as "absent", which would silently drop the protection the client asked for.
     */
    public static Long ifMatch(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (value.equals("*")) {
            return null;
        }
        var tag = TAG.matcher(value);
        if (!tag.matches()) {
            throw new ApiException(ProblemType.BAD_REQUEST, "If-Match must be * or one entity tag such as \"3\", "
                    + "as received in ETag", java.util.List.of(new FieldError("If-Match", "malformed entity tag")));
        }
        if (tag.group(1) != null) {
            return NO_VERSION;
        }
        try {
            return Long.parseLong(tag.group(2));
        } catch (NumberFormatException e) {
            return NO_VERSION;
        }
    }

    /** Optimistic locking: a client that sent If-Match must hold the current version. */
    public static void requireMatch(long current, Long expected) {
        if (expected != null && expected != current) {
            throw ApiException.staleVersion(current);
        }
    }
}
