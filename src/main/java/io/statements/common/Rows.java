package io.statements.common;

import io.vertx.sqlclient.Row;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading rows of the non-blocking client (list reads) into the API's types. */
public final class Rows {

    private Rows() {
    }

    /** A timestamptz column as the Instant Hibernate and JDBC read from it (null stays null). */
    public static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    /** A timestamptz column by position. */
    public static Instant instant(Row row, int column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
