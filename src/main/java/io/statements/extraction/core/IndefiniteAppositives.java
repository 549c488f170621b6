package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n61c, rule indefinite-appositive-name: `Another, Petra Lind, said: "..."`, `for what one, Olaf Brand,
 * called "..."`, `A third, Ida Holt, added`: an indefinite pronoun that picks one of a group just mentioned, named
 * by the appositive right after it. The name is the speaker (the pronoun alone left the quote without one).
 */
final class IndefiniteAppositives {
    private static final Set<String> PICKS = Lexicon.words("one another other");
    private static final Set<String> ORDINALS = Lexicon.words("second third fourth fifth first last");
    private static final Set<String> ARTICLES = Lexicon.words("a the");
    /** What may stand before the pronoun: the sentence start, or a word opening a clause (`what one, X, called`). */
    private static final Set<String> BEFORE = Lexicon.words("what which and but while as when");

    private IndefiniteAppositives() {
    }

    /** [start, end] of the name between the commas when the comma closes `one, Name,`; else null. */
    static int[] name(List<Tok> toks, int comma, int ss) {
        if (comma - 1 <= ss || !toks.get(comma).text.equals(",")) {
            return null;
        }
        int end = comma - 1;
        int start = end;
        while (start - 1 > ss && toks.get(start - 1).type == WORD && toks.get(start - 1).cap && end - start < 4) {
            start--;
        }
        Tok open = toks.get(start - 1);
        if (!toks.get(start).cap || toks.get(start).type != WORD || !open.text.equals(",") || start - 2 < ss) {
            return null;
        }
        int pick = start - 2;
        Tok p = toks.get(pick);
        boolean article = pick - 1 >= ss && ARTICLES.contains(toks.get(pick - 1).low);
        boolean indefinite = p.low.equals("other") || ORDINALS.contains(p.low) ? article : PICKS.contains(p.low);
        if (!indefinite || p.qrole != OUT) {
            return null;
        }
        int before = ORDINALS.contains(p.low) || p.low.equals("other") ? pick - 2 : pick - 1;
        boolean opens = before < ss || toks.get(before).type == PUNCT || BEFORE.contains(toks.get(before).low);
        if (!opens) {
            return null;
        }
        for (int m = start; m <= end; m++) {
            if (toks.get(m).qrole != OUT || Lexicon.DETERMINERS.contains(toks.get(m).low)) {
                return null;
            }
        }
        return new int[]{start, end};
    }
}
