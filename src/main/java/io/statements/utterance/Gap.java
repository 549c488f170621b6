package io.statements.utterance;

import java.time.Duration;
import java.time.Instant;

/**
 * The time between two instants against a limit, as {@code Duration.between(a, b).abs().compareTo(limit)} without
 * its two allocations: it runs for every candidate of every report.
 */
final class Gap {

    private Gap() {
    }

    static int compare(Instant a, Instant b, Duration limit) {
        long seconds = b.getEpochSecond() - a.getEpochSecond();
        long nanos = b.getNano() - a.getNano();
        if (seconds < 0 || seconds == 0 && nanos < 0) {
            seconds = -seconds;
            nanos = -nanos;
        }
        if (nanos < 0) {
            seconds--;
            nanos += 1_000_000_000L;
        }
        int bySeconds = Long.compare(seconds, limit.getSeconds());
        return bySeconds != 0 ? bySeconds : Long.compare(nanos, limit.getNano());
    }
}
