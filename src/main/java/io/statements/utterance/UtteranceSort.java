package io.statements.utterance;

import io.statements.common.ApiException;
import io.statements.common.Cursor;
import io.statements.search.Sql;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The orders of GET /utterances, each served by an index of the utterance table. */
enum UtteranceSort {
    REPORTS("-reports", "u.reports desc, u.last_reported_at desc, u.id desc", 3),
    RECENT("-last_reported_at", "u.last_reported_at desc, u.id desc", 2);

    final String param;
    final String order;
    final int keyCount;

    UtteranceSort(String param, String order, int keyCount) {
        this.param = param;
        this.order = order;
        this.keyCount = keyCount;
    }

    static UtteranceSort parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return REPORTS;
        }
        for (UtteranceSort s : values()) {
            if (s.param.equals(raw.strip())) {
                return s;
            }
        }
        throw ApiException.invalid("sort", "must be -reports (default) or -last_reported_at");
    }

    List<String> cursorKeys(UtteranceResponse u) {
        return this == REPORTS
                ? List.of(Integer.toString(u.reportCount()), u.lastReportedAt().toString(), u.id().toString())
                : List.of(u.lastReportedAt().toString(), u.id().toString());
    }

    /** The cursor's keys, checked before they reach SQL: a forged one is the client's error. */
    List<String> keys(Cursor cursor) {
        try {
            cursor.uuidAt(keyCount - 1);
            if (this == REPORTS) {
                Integer.parseInt(cursor.keys().get(0));
            }
            Instant.parse(cursor.keys().get(keyCount - 2));
            return cursor.keys();
        } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
            throw ApiException.invalid("cursor", "malformed cursor; use next_cursor exactly as returned");
        }
    }

    void after(Sql sql, List<String> keys) {
        if (keys == null) {
            return;
        }
        if (this == REPORTS) {
            sql.add(" and (u.reports, u.last_reported_at, u.id) < (?::text::int, ?::text::timestamptz,"
                    + " ?::text::uuid)", keys.get(0), keys.get(1), keys.get(2));
        } else {
            sql.add(" and (u.last_reported_at, u.id) < (?::text::timestamptz, ?::text::uuid)", keys.get(0), keys.get(1));
        }
    }
}
