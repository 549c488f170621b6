package io.statements.extraction.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Session n68c, rule repeated-title-surname: a story that calls a person by a title and a surname only, and does so
 * more than once (`Judge Berrow took a recess ... Judge Berrow then said`, `Coach Malley`, `Mayor Tandy`), gives that
 * person the title as surely as `Judge Ann Berrow` would: `the judge` later is Berrow (it had stayed the description,
 * as only a pope's, a king's or a president's title was read before one name). For {@link PersonTitles}, which reads
 * the name after the title as a lone surname (the full name when the text gives one). Once is not enough: `Dean
 * Street`, `General Motors`-like pairs and a capitalised word that merely follows a title word stay unread. One
 * instance an article: it finds each title's capitalised uses in one pass, the first time that title is asked about.
 */
final class TitledSurnames {
    /** How many tokens either side of the title the second use may stand: about a long story's length. */
    private static final int REACH = 2500;

    /** Each title word asked about (lower case) with the positions of its capitalised uses, in text order. */
    private final Map<String, int[]> uses = new HashMap<>();

    /** Whether the title at i may stand before one name: a single holder's office, or the same pair used twice. */
    boolean single(List<Tok> toks, int i, String role) {
        return Presidents.SINGLE_HOLDER_ROLES.contains(role) || repeated(toks, i);
    }

    /** Whether `Title Surname` at i (a capitalised role word, then one capitalised word) occurs again in the text. */
    private boolean repeated(List<Tok> toks, int i) {
        if (i + 1 >= toks.size() || toks.get(i + 1).type != Tok.WORD || !toks.get(i + 1).cap) {
            return false;
        }
        String name = toks.get(i + 1).low;
        for (int k : uses.computeIfAbsent(toks.get(i).low, title -> capitalisedUses(toks, title))) {
            if (k != i && k >= i - REACH && k < i + REACH && toks.get(k + 1).low.equals(name)) {
                return true; // within a story's reach of the title only
            }
        }
        return false;
    }

    /** Where the title word is written capitalised, with a token after it. */
    private static int[] capitalisedUses(List<Tok> toks, String title) {
        int[] found = new int[4];
        int n = 0;
        for (int k = 0; k + 1 < toks.size(); k++) {
            if (toks.get(k).cap && toks.get(k).low.equals(title)) {
                found = n == found.length ? java.util.Arrays.copyOf(found, n * 2) : found;
                found[n++] = k;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }
}
