package io.statements.extraction.core;

import static io.statements.extraction.core.Tok.*;

/**
 * `As X put it, "..."`, `That, as X puts it, is "a mistake"`, `"...," as X pointed out`: a parenthetical `as`
 * clause naming whose words the quote is. Neither `put` nor `pointed` is a verb of saying alone (`put it on the
 * table`, `pointed at the map`), so only the whole phrase counts, in the quote's sentence.
 */
final class AsPutItSieve extends Rules implements QuoteSieve {

    /**
     * Tokens from `as` to the verb: room for a name with its title, not for a clause; since session names26 also for
     * a name with an appositive (`as Tom Reyes, a former secretary of transport, put it`: 11 tokens).
     */
    private static final int MAX_SUBJECT_TOKENS = 14;

    AsPutItSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "as-put-it";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        for (int i = c.ss; i <= c.cse; i++) {
            Tok t = toks.get(i);
            if (t.type != WORD || t.qrole != OUT || !t.low.equals("as")) {
                continue;
            }
            int verb = phraseVerb(i + 1, Math.min(c.cse, i + MAX_SUBJECT_TOKENS + 1));
            if (verb < 0 || verb <= c.qEndTok && verb >= c.q.open) {
                continue;
            }
            int[] subj = subjects.subjectBefore(verb, i + 1);
            if (subj == null || subj[0] < 0) {
                continue;
            }
            fill(c, i, verb, subj);
            return true;
        }
        return false;
    }

    /**
     * Speaker from the `as` clause; a quote standing right after the clause (or opening its sentence before it) is
     * DIRECT, otherwise PARTIAL with the sentence around it (`That, as X puts it, is "a mistake"`).
     */
    private void fill(QuoteCandidate c, int as, int verb, int[] subj) {
        Speaker sp = resolver.resolveSubject(subj);
        int phraseEnd = verb + 1;
        while (phraseEnd + 1 < c.q.open && toks.get(phraseEnd + 1).type == PUNCT) {
            phraseEnd++;
        }
        boolean right = verb < c.q.open && phraseEnd + 1 == c.q.open
                && (as == c.ss || toks.get(as - 1).text.equals(","));
        boolean direct = right && Character.isUpperCase(c.firstLetter(s)) || c.startsSentence && verb > c.qEndTok;
        Stmt st = c.st.decide(sp, direct ? StatementKind.DIRECT : StatementKind.PARTIAL, d.newGroup(),
                0.7 * (sp == null || sp.name() == null ? 0.6 : 1.0));
        st.cueS = toks.get(verb).s;
        st.cueE = toks.get(verb + 1).e;
        if (!direct) {
            st.ls = right ? st.cs : toks.get(as == c.ss && verb < c.q.open ? phraseEnd + 1 : c.ss).s;
        }
    }

    /** The verb of `put(s) it` or `point(ed/s) out` after the subject, or -1 at a clause boundary or quote. */
    private int phraseVerb(int from, int to) {
        for (int j = from; j + 1 <= to; j++) {
            Tok t = toks.get(j);
            if (t.qrole != OUT || t.type == DQ || t.text.equals(",") && j == from) {
                return -1;
            }
            if (t.type != WORD) {
                continue;
            }
            String next = toks.get(j + 1).low;
            if (j > from && (t.low.equals("put") || t.low.equals("puts")) && next.equals("it")
                    || j > from && (t.low.equals("pointed") || t.low.equals("points")) && next.equals("out")) {
                return j;
            }
            if (t.has(WordBits.CLAUSE_WORD) || cueLex.isCueTok(j)) { // a word here: CLAUSE_WORDS.contains(t.low)
                return -1;
            }
        }
        return -1;
    }
}
