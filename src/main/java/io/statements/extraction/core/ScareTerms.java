package io.statements.extraction.core;

import java.util.List;

/**
 * Rule so-called-term (session names45): `the so-called "smart" bins`, `what drivers call the so-called "flexible
 * hours"`: a quote right after `so-called` marks a term as someone else's word, and no one is quoted as saying it
 * there: a statement of the quote alone has no speaker (PolNeAR keeps `so called "..."` as an attribution without a
 * source; the sentence's subject or the last speaker was given before). A headline's one-word quote whose word the
 * body gives only as such a term is no statement (the headline sieve matched it to whatever the body reports).
 */
final class ScareTerms {

    private ScareTerms() {
    }

    /** The quote opening at token {@code open} follows `so-called` (or `so called`). */
    static boolean soCalled(List<Tok> toks, int open) {
        if (open < 1) {
            return false;
        }
        Tok before = toks.get(open - 1);
        return before.low.equals("so-called")
                || before.low.equals("called") && open >= 2 && toks.get(open - 2).low.equals("so");
    }

    /** The statement reports the quote alone (`hailing a win in the so-called "..."` reports more: kept). */
    static boolean quoteAlone(Stmt st, Quote q) {
        int from = Math.min(st.cs, st.ls), to = Math.max(st.ce, st.le);
        return from >= q.cs - 1 && to <= q.ce + 1;
    }

    /** The headline quote {@code q} holds one word that the body quotes after `so-called`. */
    static boolean soCalledInBody(Doc d, Quote q) {
        List<Tok> toks = d.toks;
        if (q.lastInner != q.open + 1 || toks.get(q.lastInner).type != Tok.WORD) {
            return false;
        }
        String word = toks.get(q.lastInner).low;
        for (Quote other : d.quotes) {
            if (other != q && other.lastInner == other.open + 1 && toks.get(other.lastInner).low.equals(word)
                    && soCalled(toks, other.open)) {
                return true;
            }
        }
        return false;
    }
}
