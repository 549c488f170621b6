package io.statements.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** "Now" at the precision PostgreSQL stores, so a stored value reads back exactly as it was returned. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant stored(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
    }
}
