package io.statements.common;

import jakarta.ws.rs.core.EntityTag;

/** Version-based entity tags: a resource's ETag is its optimistic-lock version. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match header asks for, or null when absent or "*".
     * Weak tags compare by value too: the version is the whole identity of a representation.
     */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L; // matches no version: a stale or foreign tag is a 412, not a 400
        }
    }

    /** Optimistic locking: a client that sent If-Match must hold the current version. */
    public static void requireMatch(long current, Long expected) {
        if (expected != null && expected != current) {
            throw ApiException.staleVersion(current);
        }
    }
}
