package io.statements.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset-paging cursor: the sort key values of the last item served, bound to the
 * query it was issued for (a fingerprint of filters and sort), so a cursor reused with other
 * filters is refused instead of silently skipping or repeating items.
 */
public record Cursor(String queryFingerprint, List<String> keys) {

    private static final char SEP = '\u001f';

    public String encode() {
        StringBuilder sb = new StringBuilder("v1").append(SEP).append(queryFingerprint);
        for (String key : keys) {
            sb.append(SEP).append(key == null ? "\u0000" : key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a client-supplied cursor; a forged, truncated or foreign cursor is a 400 naming {@code cursor}. */
    public static Cursor decode(String encoded, String expectedFingerprint, int keyCount) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor", "malformed cursor; use next_cursor exactly as returned");
        }
        String[] parts = raw.split(String.valueOf(SEP), -1);
        if (parts.length != keyCount + 2 || !"v1".equals(parts[0])) {
            throw ApiException.invalid("cursor", "malformed cursor; use next_cursor exactly as returned");
        }
        if (!parts[1].equals(expectedFingerprint)) {
            throw ApiException.invalid("cursor", "cursor was issued for a different query (filters or sort changed)");
        }
        List<String> keys = new ArrayList<>(keyCount);
        for (int i = 2; i < parts.length; i++) {
            keys.add("\u0000".equals(parts[i]) ? null : parts[i]);
        }
        return new Cursor(parts[1], keys);
    }

    public java.util.UUID uuidAt(int index) {
        try {
            return java.util.UUID.fromString(keys.get(index));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.invalid("cursor", "malformed cursor; use next_cursor exactly as returned");
        }
    }
}
