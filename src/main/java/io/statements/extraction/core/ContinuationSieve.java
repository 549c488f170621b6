package io.statements.extraction.core;

/**
 * `"A," he said. "B."`: a quote opening its sentence right after an attributed one (the next sentence, or a later one
 * in the same or the next paragraph) continues that attribution.
 */
final class ContinuationSieve extends Rules implements QuoteSieve {

    ContinuationSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "continuation";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int si = c.si;
        if (!c.opensClause || d.lastGroup < 0 || d.lastGroupSpeaker == null
                || !(si - d.lastGroupSent <= 1 || si - d.lastGroupSent <= 3 && paraGap(si) <= 1)) {
            return false;
        }
        Stmt st = c.st;
        Speaker single = d.lastGroupIsQuote ? null // a pair's own quote goes on as theirs (`Screw me?` cited inside it)
                : SingularVoiceContinuations.individualBefore(d, d.lastGroupSpeaker, d.lastGroupSent, c.q.cs, c.q.ce);
        if (single != null) { // `X and Y said they would. "I am grateful"`: the one who spoke before the pair
            st.sp = single;
            st.group = d.newGroup();
            st.kind = StatementKind.DIRECT;
            st.conf = 0.6;
            return true;
        }
        st.sp = d.lastGroupSpeaker;
        st.group = d.lastGroupIsQuote ? d.lastGroup : d.newGroup();
        st.kind = StatementKind.DIRECT;
        st.conf = 0.75;
        if (d.lastGroupCueSpan != null) {
            st.cueS = d.lastGroupCueSpan.s();
            st.cueE = d.lastGroupCueSpan.e();
        }
        return true;
    }

    private int paraGap(int si) {
        if (d.lastGroupSent < 0 || d.lastGroupSent >= d.sentStart.length) {
            return 99;
        }
        return toks.get(d.sentStart[si]).para - toks.get(d.sentStart[d.lastGroupSent]).para;
    }
}
