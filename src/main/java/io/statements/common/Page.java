package io.statements.common;

import java.util.List;

/** One page of a listing; {@code next_cursor} is absent on the last page. */
public record Page<T>(List<T> items, String nextCursor) {
}
