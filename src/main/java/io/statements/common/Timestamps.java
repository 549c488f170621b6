package io.statements.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps as PostgreSQL stores them: microsecond precision, and a bounded range. The range accepted from clients
 * is RFC 3339's four-digit years from 0001 (PostgreSQL would store far more, down to 4713 BC, but years before 1 and
 * after 9999 cannot be written in RFC 3339, and the driver mangles BC dates): checked in one place for JSON bodies,
 * query parameters and bulk lines alike.
 */
public final class Timestamps {

    public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");
    public static final String RANGE = "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z";

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant stored(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
    }

    public static boolean inRange(Instant value) {
        return value == null || (!value.isBefore(MIN) && !value.isAfter(MAX));
    }

    /** The value, or the 400 naming {@code field} when it lies outside {@link #MIN}..{@link #MAX}. */
    public static Instant requireInRange(String field, Instant value) {
        if (!inRange(value)) {
            throw ApiException.invalid(field, RANGE);
        }
        return value;
    }
}
