package io.statements.extraction.core;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** `"...," X said` and `"...," said X, title`: the cue right after a quote that ends with a comma, ? or !. */
final class TrailingCueSieve extends Rules implements QuoteSieve {

    /** How far after the quote the cue may stand. */
    private static final int MAX_DISTANCE = 16;
    /** ... when a name and an appositive closed by a comma stand between. */
    private static final int MAX_APPOSED_DISTANCE = 30;

    TrailingCueSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "trailing-cue";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        if (!c.endsComma) {
            return false;
        }
        int j = c.qEndTok + 1;
        if (j <= c.cse && toks.get(j).text.equals(",")) {
            j++;
        }
        for (int m = j; m <= c.cse && m - j < MAX_APPOSED_DISTANCE; m++) {
            Tok t = toks.get(m);
            if (m - j >= MAX_DISTANCE && !(cueLex.isSpeech(m) && toks.get(m - 1).text.equals(",")
                    && toks.get(j).cap)) {
                continue; // further than a short subject only for `Name, a long title at the Institute, said`
            }
            if (t.qrole != OUT || isTerminal(t) || NEW_CLAUSE.contains(t.low)) {
                return false; // `"A," but she said ...` starts a new clause: no attribution of A
            }
            if (cueLex.isCueTok(m) && (cueLex.isSpeech(m) || Lexicon.WEAK.contains(t.low)) && !cueLex.isAccording(m)
                    || t.type == WORD && Lexicon.AFTER_QUOTE_ONLY.contains(t.low)) {
                int[] subj;
                if (m == j) {
                    subj = inverted.subjectAfter(m, c.cse);
                } else {
                    subj = subjects.subjectBefore(m, j);
                    if (subj != null && subj[0] < 0) {
                        subj = null;
                    }
                }
                if (subj != null || m == j) {
                    c.cue = m;
                    c.subj = subj;
                    c.post = true;
                    return true;
                }
                return false;
            }
        }
        return false;
    }
}
