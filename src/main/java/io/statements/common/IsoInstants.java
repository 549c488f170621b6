package io.statements.common;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Writes an {@link Instant} exactly as {@link DateTimeFormatter#ISO_INSTANT} (and so Jackson) does, e.g.
 * {@code 2020-03-01T12:00:00Z} or {@code 2020-03-01T12:00:00.123456Z}, without the formatter's generic
 * machinery: a search page carries up to 500 timestamps, and the formatter was a tenth of its CPU cost.
 */
public final class IsoInstants {

    /** Longest output for years 0000-9999: 2020-03-01T12:00:00.123456789Z. */
    public static final int MAX_LENGTH = 30;

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long FIRST_FAST_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
    private static final long END_FAST_SECOND = 253_402_300_800L;   // 10000-01-01T00:00:00Z

    private IsoInstants() {
    }

    public static String format(Instant instant) {
        char[] out = new char[MAX_LENGTH];
        int length = write(instant, out);
        return length < 0 ? DateTimeFormatter.ISO_INSTANT.format(instant) : new String(out, 0, length);
    }

    /**
     * Writes the instant into {@code out} (at least {@link #MAX_LENGTH} chars) and returns the length, or -1
     * for a year outside 0000-9999, which the caller formats with {@link DateTimeFormatter#ISO_INSTANT}.
     */
    public static int write(Instant instant, char[] out) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_FAST_SECOND || seconds >= END_FAST_SECOND) {
            return -1;
        }
        long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil inverse).
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        int dayOfEra = (int) (z - era * 146_097);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int mp = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = (int) (yearOfEra + era * 400) + (month <= 2 ? 1 : 0);
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, month, 2);
        out[7] = '-';
        digits(out, 8, day, 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        int at = 19;
        int nanos = instant.getNano();
        if (nanos != 0) {
            out[at++] = '.';
            if (nanos % 1_000_000 == 0) {
                digits(out, at, nanos / 1_000_000, 3);
                at += 3;
            } else if (nanos % 1_000 == 0) {
                digits(out, at, nanos / 1_000, 6);
                at += 6;
            } else {
                digits(out, at, nanos, 9);
                at += 9;
            }
        }
        out[at++] = 'Z';
        return at;
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
