package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * The subject of an absolute participle after `with`: `..., with Senator Holt calling the plan a "tax"`, `..., with one
 * of her ads asking, "..."`, `..., with Reyes recently promising to "..."`. The noun phrase between `with` and the
 * participle says it, not the main clause's subject the participle otherwise hangs on (PolNeAR marks the noun phrase
 * in every such use on train and dev).
 */
final class WithParticipleSubjects {
    private final List<Tok> toks;

    /** Words that show the phrase after `with` is no noun phrase: `with what others are saying`, `with whom`. */
    private static final Set<String> NOT_IN_PHRASE = Lexicon.words("what whom which who that are is was were be been");

    WithParticipleSubjects(List<Tok> toks) {
        this.toks = toks;
    }

    /** [start, end] of the noun phrase between `with` and the participle at {@code cue}, or null. */
    int[] subject(int cue, int ss) {
        int end = cue - 1;
        while (end > ss && toks.get(end).type == WORD && isAdverb(toks.get(end).low)) {
            end--;
        }
        if (end <= ss) {
            return null;
        }
        Tok last = toks.get(end);
        if (last.type != WORD || Lexicon.PREPOSITIONS.contains(last.low) || Lexicon.DETERMINERS.contains(last.low)) {
            return null;
        }
        for (int m = end; m > ss && end - m < 8; m--) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.qrole != OUT || Words.SUBORDINATORS.contains(t.low) || NOT_IN_PHRASE.contains(t.low)
                    || Lexicon.SUBJECT_PRONOUNS.contains(t.low) || verbInside(m)) {
                return null;
            }
            if (toks.get(m - 1).low.equals("with")) {
                return new int[]{m, end};
            }
        }
        return null;
    }

    /**
     * A verb or a clause inside the phrase: `top officials underlining the plan and vowing` (an earlier participle),
     * `the vote led to the sight of X denouncing` (a preposition other than `of`/`in` after a verb); `a staggering 56
     * percent` keeps its adjective after a determiner.
     */
    private boolean verbInside(int m) {
        Tok t = toks.get(m);
        if (t.cap) {
            return false;
        }
        if (t.low.endsWith("ing") && t.low.length() > 4) {
            return !Lexicon.DETERMINERS.contains(toks.get(m - 1).low);
        }
        return Lexicon.PREPOSITIONS.contains(t.low) && !t.low.equals("of") && !t.low.equals("in");
    }

    private static boolean isAdverb(String w) {
        return w.endsWith("ly") && w.length() > 3 || w.equals("also") || w.equals("then") || w.equals("later");
    }
}
