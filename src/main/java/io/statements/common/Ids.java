package io.statements.common;

import java.security.SecureRandom;
import java.util.UUID;

/** Time-ordered public ids (UUIDv7, RFC 9562), monotonic within this process. */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static int counter;

    private Ids() {
    }

    public static synchronized UUID newId() {
        long now = System.currentTimeMillis();
        if (now > lastMillis) {
            lastMillis = now;
            counter = RANDOM.nextInt(1 << 11); // leave head-room for increments within the millisecond
        } else if (++counter >= 1 << 12) {
            lastMillis++; // 4096 ids in one millisecond: borrow the next millisecond to stay ordered
            counter = 0;
        }
        long msb = (lastMillis << 16) | (0x7L << 12) | counter;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
