package io.statements.common;

import java.util.List;
import java.util.function.Function;

/** Shared limit rules and the "fetch one more than asked" trick that tells whether a next page exists. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Paging() {
    }

    /** Parses the {@code limit} query parameter itself: a JAX-RS conversion failure would be a 404. */
    public static int limit(String requested) {
        if (requested == null || requested.isBlank()) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(requested.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("limit", "must be an integer between 1 and " + MAX_LIMIT);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    /** Builds a page from {@code limit + 1} fetched rows; the cursor is made from the last row served. */
    public static <E, T> Page<T> page(List<E> rows, int limit, Function<E, T> mapper, Function<E, Cursor> cursorOf) {
        boolean more = rows.size() > limit;
        List<E> served = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(served.get(served.size() - 1)).encode() : null;
        return new Page<>(served.stream().map(mapper).toList(), next);
    }
}
