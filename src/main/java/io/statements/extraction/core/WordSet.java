package io.statements.extraction.core;

/**
 * A set of one text's words, sized once for at most a given number of them: open addressing over an array of the
 * words themselves, so adding a word allocates nothing (a {@code HashSet} makes an entry per word and grows by
 * copying). The name pre-pass builds such sets of every word of a text in texts that need them (the words written in
 * lower case, those capitalised inside a sentence), which took some 4 % of the run as hash sets.
 */
final class WordSet {
    private final String[] words;
    private final int mask;

    /** A set for at most {@code most} distinct words: twice as many slots, so a probe ends soon. */
    WordSet(int most) {
        int slots = Integer.highestOneBit(Math.max(most, 4) * 2 - 1) << 1;
        this.words = new String[slots];
        this.mask = slots - 1;
    }

    void add(String w) {
        int i = slot(w);
        for (String at = words[i]; at != null; at = words[i]) {
            if (at.equals(w)) {
                return;
            }
            i = (i + 1) & mask;
        }
        words[i] = w;
    }

    boolean contains(String w) {
        int i = slot(w);
        for (String at = words[i]; at != null; at = words[i]) {
            if (at.equals(w)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    private int slot(String w) {
        int h = w.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
