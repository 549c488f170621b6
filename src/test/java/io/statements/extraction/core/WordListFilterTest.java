package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n73s (speed, output unchanged): a {@link WordListSet} answers most misses from its filter of two bits a
 * word. The filter may let a word through to the table, never turn a listed word away: every answer is the one a
 * {@code HashSet} of the same words gives, for lists of every size, after a change too.
 */
class WordListFilterTest {

    private static List<String> words(Random r, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + r.nextInt(12); k > 0; k--) {
                w.append((char) ('a' + r.nextInt(26)));
            }
            out.add(i % 7 == 0 ? w + "\u2019s" : w.toString()); // some past Latin-1, as a word list has
        }
        return out;
    }

    @Test
    void answersAsAHashSetForListsOfEverySize() {
        Random r = new Random(73);
        for (int size : new int[]{0, 1, 2, 3, 7, 8, 15, 16, 40, 100, 382, 990, 3000}) {
            List<String> listed = words(r, size);
            Set<String> list = new WordListSet(listed), plain = new HashSet<>(listed);
            for (String w : listed) {
                assertTrue(list.contains(new String(w)), w + " in a list of " + size); // another string, same word
            }
            for (String w : words(r, 5000)) {
                assertEquals(plain.contains(w), list.contains(w), w + " against a list of " + size);
            }
            assertFalse(list.contains(""));
            assertFalse(list.contains(null));
        }
    }

    @Test
    void aChangedListIsFilteredAnew() {
        Set<String> list = new WordListSet(List.of("harbour", "pilot"));
        list.add("ferry");
        assertTrue(list.contains("ferry"));
        list.remove("pilot");
        assertFalse(list.contains("pilot"));
        assertTrue(list.contains("harbour"));
    }

    @Test
    void theLexiconsListsFindTheirOwnWords() {
        for (Set<String> list : List.of(Lexicon.TITLES, Lexicon.ORG_WORDS, Lexicon.SPEECH, Lexicon.TIME_WORDS)) {
            for (String w : list) {
                assertTrue(list.contains(new String(w)), w);
            }
        }
    }
}
