package io.statements.extraction.core;

/** `"..." ― X`: a quote opening its sentence followed by a dash and the speaker's name. */
final class DashSieve extends Rules implements QuoteSieve {

    DashSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "dash";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int after = c.qEndTok + 1;
        if (c.startsSentence && after + 1 <= c.cse
                && (toks.get(after).text.equals("\u2015") || toks.get(after).text.equals("\u2014"))
                && toks.get(after + 1).cap) {
            int[] np = inverted.subjectAfter(after, c.cse);
            if (np != null) {
                c.cue = after;
                c.subj = np;
                c.post = true;
                return true;
            }
        }
        return false;
    }
}
