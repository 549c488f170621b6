package io.statements.extraction.core;

/**
 * Rule it-after-opening-quote (session n73b): `Kestrel blamed rival crews, who belong to the Harbour Pilots Guild, for
 * the walkout. "...," it added.`: an `it` right after a quote that opens its sentence is read as an `it` opening the
 * sentence (the quote stands where the subject's clause would), so it stands for the body the sentence before is
 * about, its subject ({@link ItSubjects}), not the body named last inside that sentence's object or relative clause.
 * English keeps the subject of the sentence before as the topic a bare `it` goes on with; a body met in passing after
 * it is no topic. Only when that subject is a body's name or description, never a plural (`Three guards died
 * there`: people): otherwise the resolver decides as before.
 */
final class ItAfterQuotes {
    private ItAfterQuotes() {
    }

    /** The body sentence {@code prev} has for its subject, when the `it` at ms follows its sentence's first quote. */
    static Speaker antecedent(Doc d, SpeakerResolver resolver, int ms, int me, String mention, int prev) {
        if (prev < 0 || d.clauses == null || !afterOpeningQuote(d, d.tokenAt(ms))) {
            return null;
        }
        int[] subj = d.clauses.sentenceSubject(d.sentStart[prev], d.sentEnd[prev]);
        if (subj == null || PluralBodyNames.plural(d.toks.get(subj[1]))) {
            return null; // `Three guards died there. "...," it reads`: people, whom no `it` stands for
        }
        return ItSubjects.antecedent(d, resolver, prev, ms, me, mention);
    }

    /** Whether token k (an `it`) comes right after the closing mark of a quote that opens k's sentence. */
    static boolean afterOpeningQuote(Doc d, int k) {
        if (k < 2) {
            return false;
        }
        int c = k - 1;
        if (d.toks.get(c).text.equals(",")) {
            c--; // `"...", it said`
        }
        if (c < 1 || d.toks.get(c).qrole != Tok.CLOSE) {
            return false;
        }
        int s = d.sentStart[d.toks.get(k).sent];
        Tok open = d.toks.get(s);
        return (open.qrole == Tok.OPEN || open.qrole == Tok.REOPEN) && open.q == d.toks.get(c).q;
    }
}
