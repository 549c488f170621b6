package io.statements.bench;

/**
 * A set of 64-bit hashes in one open-addressing array (8 bytes a key at half load). A collision of two different
 * keys' hashes (about one in 10^5 over 10M keys) only makes the generator redraw a text it did not have to.
 */
final class LongHashSet {

    private static final long EMPTY = 0;
    private long[] slots = new long[1 << 16];
    private int size;

    /** False when the hash was already in the set. */
    boolean add(long hash) {
        long key = hash == EMPTY ? 1 : hash;
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (!insert(slots, key)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == EMPTY) {
                table[i] = key;
                return true;
            }
            if (table[i] == key) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long key : slots) {
            if (key != EMPTY) {
                insert(bigger, key);
            }
        }
        slots = bigger;
    }

    /** FNV-1a over the string's chars, then mixed (SplitMix64's finaliser) so that the low bits spread. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
