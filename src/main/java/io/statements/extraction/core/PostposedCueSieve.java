package io.statements.extraction.core;

import static io.statements.extraction.core.Tok.*;

/** `"A" to drive up the price, she said,` and `"A" if ..., said X`: an attribution set off by a comma later in the sentence. */
final class PostposedCueSieve extends Rules implements QuoteSieve {

    PostposedCueSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "postposed-cue";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int after = c.qEndTok + 1;
        for (int m = after; m <= c.cse && m - after < 40; m++) {
            Tok t = toks.get(m);
            if (t.qrole != OUT) {
                return false;
            }
            if (cueLex.isCueTok(m) && cueLex.isSpeech(m)) {
                int[] sb = subjects.subjectBefore(m, after);
                if (sb != null && sb[0] > after && toks.get(sb[0] - 1).text.equals(",")
                        && complements.tailIsAdjunct(m, c.cse)) {
                    c.cue = m;
                    c.subj = sb;
                    c.post = true;
                    return true;
                }
                if (sb == null && m > after + 1 && toks.get(m - 1).text.equals(",")) {
                    // `"A" if she loses, said X, an analyst.`: the subject follows the cue
                    int[] inv = inverted.subjectAfter(m, c.cse);
                    if (inv != null && complements.tailIsAdjunct(inv[1], c.cse)) {
                        c.cue = m;
                        c.subj = inv;
                        c.post = true;
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
