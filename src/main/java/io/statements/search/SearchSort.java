package io.statements.search;

import io.statements.common.ApiException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders GET /statements pages through; each has a keyset index (relevance is computed per query). */
public enum SearchSort {
    RELEVANCE("relevance", StatementQueries.RANK, "real", true),
    REPORTED_DESC("-reported_at", StatementQueries.REPORTED_KEY, "timestamptz", true),
    REPORTED_ASC("reported_at", StatementQueries.REPORTED_KEY, "timestamptz", false),
    STATED_DESC("-stated_at", StatementQueries.STATED_KEY, "timestamptz", true),
    STATED_ASC("stated_at", StatementQueries.STATED_KEY, "timestamptz", false);

    final String param;
    final String key;
    final String keyType;
    final boolean descending;

    SearchSort(String param, String key, String keyType, boolean descending) {
        this.param = param;
        this.key = key;
        this.keyType = keyType;
        this.descending = descending;
    }

    static SearchSort parse(String raw, boolean hasQuery) {
        if (raw == null) {
            return hasQuery ? RELEVANCE : REPORTED_DESC;
        }
        SearchSort sort = Arrays.stream(values()).filter(s -> s.param.equals(raw.strip())).findFirst()
                .orElseThrow(() -> ApiException.invalid("sort", "must be one of " + Arrays.stream(values())
                        .map(s -> s.param).collect(Collectors.joining(", "))));
        if (sort == RELEVANCE && !hasQuery) {
            throw ApiException.invalid("sort", "relevance needs a full-text query q");
        }
        return sort;
    }
}
