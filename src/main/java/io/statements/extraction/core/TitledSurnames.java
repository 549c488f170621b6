package io.statements.extraction.core;

import java.util.List;

/**
 * Session n68c, rule repeated-title-surname: a story that calls a person by a title and a surname only, and does so
 * more than once (`Judge Berrow took a recess ... Judge Berrow then said`, `Coach Malley`, `Mayor Tandy`), gives that
 * person the title as surely as `Judge Ann Berrow` would: `the judge` later is Berrow (it had stayed the description,
 * as only a pope's, a king's or a president's title was read before one name). For {@link PersonTitles}, which reads
 * the name after the title as a lone surname (the full name when the text gives one). Once is not enough: `Dean
 * Street`, `General Motors`-like pairs and a capitalised word that merely follows a title word stay unread.
 */
final class TitledSurnames {
    /** How many tokens either side of the title the second use may stand: about a long story's length. */
    private static final int REACH = 2500;

    private TitledSurnames() {
    }

    /** Whether the title at i may stand before one name: a single holder's office, or the same pair used twice. */
    static boolean single(List<Tok> toks, int i, String role) {
        return Presidents.SINGLE_HOLDER_ROLES.contains(role) || repeated(toks, i);
    }

    /** Whether `Title Surname` at i (a capitalised role word, then one capitalised word) occurs again in the text. */
    private static boolean repeated(List<Tok> toks, int i) {
        if (i + 1 >= toks.size() || toks.get(i + 1).type != Tok.WORD || !toks.get(i + 1).cap) {
            return false;
        }
        String title = toks.get(i).low, name = toks.get(i + 1).low;
        // within a story's reach of the title only: a long text stays linear (a fixed window per title read)
        for (int k = Math.max(0, i - REACH), to = Math.min(toks.size() - 1, i + REACH); k < to; k++) {
            if (k != i && toks.get(k).cap && toks.get(k).low.equals(title) && toks.get(k + 1).low.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
