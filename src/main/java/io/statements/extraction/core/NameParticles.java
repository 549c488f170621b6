package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Rule name-particles (session names31): names with two particles (`Ursula von der Leyen`, `Pieter van den Hoek`) or
 * the Dutch article (`Sophie in 't Veld`, the `'t` a word of its own, see {@code Tokenizer.dutchArticle}) stay whole;
 * the name runs stopped at the second particle or at `in` and kept only `Leyen`, `Sophie` or `Veld`.
 */
final class NameParticles {

    private NameParticles() {
    }

    /** `in` at k before the Dutch article `'t` and a capitalised word: no preposition but part of a name. */
    static boolean inBeforeArticle(List<Tok> toks, int k, int end) {
        return k + 2 <= end && toks.get(k).low.equals("in") && toks.get(k + 1).low.equals("'t")
                && toks.get(k + 2).cap;
    }

    /**
     * The start of the name whose capitalised word at i follows two particles (`von der`, `in 't`) after a
     * capitalised word, not before a; else -1.
     */
    static int startBeforeTwoParticles(List<Tok> toks, int i, int a) {
        if (i - 3 < a) {
            return -1;
        }
        Tok second = toks.get(i - 1), first = toks.get(i - 2);
        boolean two = second.type == WORD && Words.NAME_PARTICLES.contains(second.low) && !first.cap
                && (Words.NAME_PARTICLES.contains(first.low) || second.low.equals("'t") && first.low.equals("in"));
        return two && toks.get(i - 3).cap ? i - 3 : -1;
    }
}
