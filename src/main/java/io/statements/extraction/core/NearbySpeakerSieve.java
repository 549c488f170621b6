package io.statements.extraction.core;

/**
 * Last resort for a quote of four words or more without a cue: a quote opening its sentence within a few sentences
 * of an attribution gets the last speaker (low confidence); otherwise it is kept without a speaker. Shorter quotes
 * without a cue (titles, scare quotes) are left out.
 */
final class NearbySpeakerSieve extends Rules implements QuoteSieve {

    NearbySpeakerSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "nearby-speaker";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        if (c.words < 4) {
            return false;
        }
        Stmt st = c.st;
        Speaker prev = resolver.lastSpeaker(c.q.cs, false);
        if (prev != null && c.opensClause && d.lastGroupSent >= c.si - 4) {
            st.sp = new Speaker(prev.ms(), prev.me(), prev.mention(), prev.name(), prev.kind(), null);
            st.conf = 0.4;
        } else {
            st.sp = null;
            st.conf = 0.3;
        }
        st.kind = c.startsSentence ? StatementKind.DIRECT : StatementKind.PARTIAL;
        st.group = d.newGroup();
        return true;
    }
}
