package io.statements.extraction.core;

/**
 * A set of one text's words, sized once for at most a given number of them: open addressing over an array of the
 * words themselves, so adding a word allocates nothing (a {@code HashSet} makes an entry per word and grows by
 * copying). The name pre-pass builds such sets of every word of a text in texts that need them (the words written in
 * lower case, those capitalised inside a sentence), which took some 4 % of the run as hash sets.
 */
final class WordSet {
    private final String[] words;
    /**
     * Each slot's word's hash (0 for an empty slot, which {@link WordListSet#key} never gives): a probe compares
     * these ints and reads a stored word only where the hash matches, where it read every word on its way (session
     * n67s: the set of a text's lower-case words was 2 % of the run, most of it those reads).
     */
    private final int[] hashes;
    private final int mask;

    /** A set for at most {@code most} distinct words: twice as many slots, so a probe ends soon. */
    WordSet(int most) {
        int slots = Integer.highestOneBit(Math.max(most, 4) * 2 - 1) << 1;
        this.words = new String[slots];
        this.hashes = new int[slots];
        this.mask = slots - 1;
    }

    void add(String w) {
        int h = WordListSet.key(w);
        int i = (h ^ (h >>> 16)) & mask;
        for (int at = hashes[i]; at != 0; at = hashes[i]) {
            if (at == h && words[i].equals(w)) {
                return;
            }
            i = (i + 1) & mask;
        }
        words[i] = w;
        hashes[i] = h;
    }

    boolean contains(String w) {
        int h = WordListSet.key(w);
        int i = (h ^ (h >>> 16)) & mask;
        for (int at = hashes[i]; at != 0; at = hashes[i]) {
            if (at == h && words[i].equals(w)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }
}
