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
     * Two lower-case particles inside one name (sessions names31 and names32): `von der`, `van den`, `de la`, `bin
     * al`, and the Dutch `in 't`.
     */
    static boolean pair(Tok first, Tok second) {
        // the name-run bit first: the name pre-pass asks this after most name words, and few words carry the bit
        return first.type == WORD && second.type == WORD && !first.cap && !second.cap
                && first.has(WordBits.NAME_RUN_LINK)
                && (Words.NAME_PARTICLES.contains(first.low) && (Words.NAME_PARTICLES.contains(second.low)
                || second.low.equals("la") || second.low.equals("le"))
                || first.low.equals("in") && second.low.equals("'t"));
    }

    /**
     * The start of the name whose capitalised word at i follows two particles (`von der`, `in 't`) after a
     * capitalised word, not before a; else -1.
     */
    static int startBeforeTwoParticles(List<Tok> toks, int i, int a) {
        return i - 3 >= a && pair(toks.get(i - 2), toks.get(i - 1)) && toks.get(i - 3).cap ? i - 3 : -1;
    }

    /**
     * The name run of the name-pre-pass goes on over two particles at k and k + 1 (`Pieter van der Berg`, `Ana de la
     * Cruz`, `Sophie in 't Veld`): between words of a name of one paragraph, the word before not a possessive.
     */
    static boolean inside(List<Tok> toks, int k) {
        if (k < 1 || k + 2 >= toks.size()) {
            return false;
        }
        Tok before = toks.get(k - 1), name = toks.get(k + 2);
        return pair(toks.get(k), toks.get(k + 1)) && Words.isNameTok(name) && Words.isNameTok(before)
                && name.para == before.para && toks.get(k).para == before.para && !Words.endsWithPossessive(before);
    }

    /**
     * Session names42, rule particle-subject: a lower-case particle at j after a capitalised word goes on with a
     * sentence's subject (`De la Cruz rejected`, `Ramon dela Paz said`): `la` and `le` only after a particle, then a
     * name word, or a second particle and a name word.
     */
    static boolean insideSubject(List<Tok> toks, int j, int limit) {
        Tok w = toks.get(j);
        boolean particle = Words.NAME_PARTICLES.contains(w.low)
                || (w.low.equals("la") || w.low.equals("le")) && Words.NAME_PARTICLES.contains(toks.get(j - 1).low);
        if (!particle || w.cap || j + 1 > limit) {
            return false;
        }
        Tok next = toks.get(j + 1);
        return next.type == WORD && next.qrole == Tok.OUT && (next.cap
                || j + 2 <= limit && !next.cap && toks.get(j + 2).cap && toks.get(j + 2).type == WORD
                && (Words.NAME_PARTICLES.contains(next.low) || next.low.equals("la") || next.low.equals("le")));
    }
}
