package io.statements.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IsoInstantsTest {

    @Test
    void writesWhatIsoInstantWritesAtEdges() {
        for (String text : new String[]{"1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999Z", "2000-02-29T12:00:00.100Z", "2024-02-29T23:59:59.000001Z",
                "1900-03-01T00:00:00.000000010Z", "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z"}) {
            Instant instant = Instant.parse(text);
            assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), IsoInstants.format(instant), text);
        }
    }

    @Test
    void writesWhatIsoInstantWritesForRandomInstants() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(-62_167_219_200L - 86_400L * 800, 253_402_300_800L + 86_400L * 800);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), IsoInstants.format(instant));
        }
    }
}
