package io.statements.extraction.core;

import static io.statements.extraction.core.Tok.*;

/**
 * `This harvest, he says, is different.`, `The ferry, the mayor said on Monday, will run again in May.`: a verb of
 * saying with its subject set off by commas inside the reported sentence, which is the content on both sides.
 * Sentences with quotation marks are left to the quote sieves (`"A," he said, "B."`).
 */
final class ParentheticalCue extends Rules {

    static final String SIEVE = "parenthetical";
    /** Words the subject may have (`the harbour master`, `Mayor Ida Berg`). */
    private static final int MAX_SUBJECT = 6;
    /** Words between the verb and its closing comma (`on Monday`, `in an interview`). */
    private static final int MAX_ADJUNCT = 5;

    private final ChannelVia channels;

    ParentheticalCue(Doc d) {
        super(d);
        this.channels = d.channels;
    }

    /** Adds the statement and returns true when the cue at {@code cue} is parenthetical in its sentence. */
    boolean attribute(int cue, int ss, int se, QuoteCandidate.SentenceMemory memory) {
        if (memory.hasQuoteStatement || !cueLex.isSpeech(cue) || cueLex.isParticiple(cue) || hasQuoteMark(ss, se)) {
            return false;
        }
        int open = cue - 1;
        while (open > ss && toks.get(open).type == WORD && cue - open <= MAX_SUBJECT) {
            open--;
        }
        int close = cue + 1;
        while (close < se && toks.get(close).type == WORD && !cueLex.isCueTok(close)
                && !Lexicon.CLAUSE_WORDS.contains(toks.get(close).low) && close - cue <= MAX_ADJUNCT) {
            close++;
        }
        if (open <= ss || !toks.get(open).text.equals(",") || open == cue - 1 || !toks.get(close).text.equals(",")
                || words(ss, open - 1) < 2 || words(close + 1, se) < 2 || !Words.isTerminal(toks.get(se))) {
            return false;
        }
        int[] subj = subjects.subjectBefore(cue, open + 1);
        Speaker sp = subj == null || subj[0] < 0 ? null : resolver.resolveSubject(subj);
        if (sp == null) {
            return false;
        }
        Stmt st = Stmt.indirect(toks.get(cue), toks.get(ss).s, toks.get(se - 1).e, sp, d.newGroup(),
                0.6 * (sp.name() == null ? 0.6 : 1.0));
        st.sieve = SIEVE;
        channels.fillChannelVia(st, ss, se, cue);
        d.out.add(st);
        d.remember(st, st.sent, false);
        memory.usedCues.add(cue);
        return true;
    }

    private boolean hasQuoteMark(int a, int b) {
        for (int i = a; i <= b; i++) {
            if (toks.get(i).type == DQ || toks.get(i).qrole != OUT) {
                return true;
            }
        }
        return false;
    }

    private int words(int a, int b) {
        int n = 0;
        for (int i = a; i <= b; i++) {
            if (toks.get(i).type == WORD) {
                n++;
            }
        }
        return n;
    }
}
