package io.statements.common;

/**
 * The one rule every string a client sends must pass, wherever it arrives (JSON body, query parameter, bulk line):
 * PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate (JSON {@code "\ud800"}) is not a character at all:
 * stored as UTF-8 it would silently become something other than what was acknowledged.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code value} cannot be accepted, or null when it can. */
    public static String problem(CharSequence value) {
        if (value == null) {
            return null;
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain an unpaired UTF-16 surrogate (not valid Unicode)";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain an unpaired UTF-16 surrogate (not valid Unicode)";
            }
        }
        return null;
    }

    /** Throws the 400 naming {@code field} when {@code value} breaks the rule. */
    public static String require(String field, String value) {
        String problem = problem(value);
        if (problem != null) {
            throw ApiException.invalid(field, problem);
        }
        return value;
    }
}
