package io.statements.extraction.core;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;

/**
 * A word list of {@link Lexicon} (and of every rule class that makes one with {@code Lexicon.words}): a
 * {@code HashSet} for everything but {@link #contains}, which probes an open-addressed array of the words' hashes and
 * compares a word only where its hash matches. The rules ask these lists some hundred times a token; a
 * {@code HashSet} look-up follows a pointer to an entry for nearly every miss (the profile put 9 % of all samples in
 * {@code HashMap.getNode}), here a miss reads a few neighbouring ints. Iteration, size and equality are the
 * {@code HashSet}'s own, in its order; a change (no list is changed after it is made, but nothing forbids it)
 * rebuilds the arrays at once, so a list shared by threads is as safe to read as the {@code HashSet} was.
 *
 * <p>Session n73s: 94 % of the some 400,000 look-ups of a pass over polnear-dev miss, and a miss still read the
 * list's table of hashes, one of 658 lists' tables (some 200 KB together), at a place no earlier look-up warmed. Each
 * list now also keeps a filter of two bits a word in one number of a few ({@link #filter}, some 16 bits a word, 40 KB
 * for all lists): a word whose two bits are not both set is in no list's table, and most misses end there, reading
 * one number. The filter only ever says "not here" of a word that is not: every answer is the table's.
 */
final class WordListSet extends AbstractSet<String> {
    private final HashSet<String> words;
    private int[] hashes;
    private String[] slots;
    /** A short word's characters packed into a number ({@link #packed}), 0 for a longer one: compared in place. */
    private long[] packs;
    private int mask;
    /** Two bits a word ({@link #filterBits}) in the number {@link #filterSlot} picks: a word missing either is absent. */
    private long[] filter;
    private int filterMask;

    WordListSet(Collection<String> words) {
        this.words = new HashSet<>(words); // the same table as before: the same iteration order
        index();
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String w)) {
            return words.contains(o);
        }
        int h = key(w);
        int mixed = mix(h);
        long bits = filterBits(mixed);
        if ((filter[filterSlot(mixed, filterMask)] & bits) != bits) {
            return false; // most look-ups: a word in no list, or in other lists only
        }
        int[] hs = hashes;
        for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
            int at = hs[i];
            if (at == h) {
                long p = packs[i]; // a hit reads no word of the list: its string and bytes are elsewhere in memory
                if (p != 0 ? p == packed(w) : slots[i].equals(w)) {
                    return true;
                }
            } else if (at == 0) {
                return false; // an empty slot: no word's key is 0
            }
        }
    }

    /** A word's hash, 1 for a hash of 0, which marks an empty slot: a miss then reads the hashes alone. */
    static int key(String w) {
        int h = w.hashCode();
        return h != 0 ? h : 1;
    }

    /** The hash spread over all 32 bits (Fibonacci hashing): the filter reads its high bits. */
    private static int mix(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B9;
    }

    /** The number of the filter a word's bits are in: bits 8 to 19 of its mixed hash (no list has 4,096 numbers). */
    private static int filterSlot(int mixed, int filterMask) {
        return (mixed >>> 8) & filterMask;
    }

    /** A word's two bits in its number: bits 20-25 and 26-31 of its mixed hash ({@code 1L << n} reads n's low 6 bits). */
    private static long filterBits(int mixed) {
        return 1L << (mixed >>> 20) | 1L << (mixed >>> 26);
    }

    /** The probe arrays: two to four slots a word, so most misses end at the first or second slot. */
    private void index() {
        int n = Integer.highestOneBit(Math.max(words.size(), 2) * 2 - 1) << 1;
        int[] hs = new int[n];
        String[] ws = new String[n];
        long[] ps = new long[n];
        int m = n - 1;
        // some 16 bits a word: about one word in 70 that is not in the list passes the filter
        int numbers = Integer.highestOneBit(Math.max(words.size() / 4, 1) * 2 - 1);
        long[] fs = new long[numbers];
        int fm = numbers - 1;
        for (String w : words) {
            if (w == null) {
                continue; // contains(null) asks the HashSet
            }
            int h = key(w);
            int i = (h ^ (h >>> 16)) & m;
            while (ws[i] != null) {
                i = (i + 1) & m;
            }
            ws[i] = w;
            hs[i] = h;
            ps[i] = packed(w);
            int mixed = mix(h);
            fs[filterSlot(mixed, fm)] |= filterBits(mixed);
        }
        filter = fs;
        filterMask = fm;
        hashes = hs;
        slots = ws;
        packs = ps;
        mask = m;
    }

    /**
     * A word of one to eight characters below U+0100 as one number, a character a byte (no character is 0, so the
     * length is in the number too); 0 for any other word. Two such words are equal exactly when their numbers are.
     */
    static long packed(String w) {
        int n = w.length();
        if (n == 0 || n > 8) {
            return 0;
        }
        long p = 0;
        for (int k = 0; k < n; k++) {
            char c = w.charAt(k);
            if (c > 0xFF || c == 0) {
                return 0;
            }
            p = p << 8 | c;
        }
        return p;
    }

    @Override
    public Iterator<String> iterator() {
        Iterator<String> it = words.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public String next() {
                return it.next();
            }

            @Override
            public void remove() {
                it.remove();
                index();
            }
        };
    }

    @Override
    public int size() {
        return words.size();
    }

    @Override
    public boolean add(String w) {
        boolean added = words.add(w);
        if (added) {
            index();
        }
        return added;
    }

    @Override
    public boolean remove(Object o) {
        boolean removed = words.remove(o);
        if (removed) {
            index();
        }
        return removed;
    }

    @Override
    public void clear() {
        words.clear();
        index();
    }
}
