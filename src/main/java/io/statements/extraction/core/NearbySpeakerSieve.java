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
        if (prev != null && c.opensClause && d.lastGroupSent >= c.si - 4
                && !Crossheads.between(toks, prev.ms(), c.q.open)) {
            Speaker near = nearestMention(c, prev);
            st.sp = near != null ? near
                    : new Speaker(prev.ms(), prev.me(), prev.mention(), prev.name(), prev.kind(), null);
            st.conf = 0.4;
        } else {
            st.sp = null;
            st.conf = 0.3;
        }
        st.kind = c.startsSentence ? StatementKind.DIRECT : StatementKind.PARTIAL;
        st.group = d.newGroup();
        return true;
    }

    /**
     * The subject of one of the three sentences before the quote (nearest first, after the last speaker's mention)
     * when it names the same speaker: `Trump was quick to add that ... "Building it? Not negotiable."` is shown with
     * the `Trump` next to it, the evidence a reader checks, not the mention of an earlier quote.
     */
    private Speaker nearestMention(QuoteCandidate c, Speaker prev) {
        for (int si = c.si - 1; si >= 0 && si >= c.si - 3; si--) {
            int ss = d.sentStart[si];
            if (toks.get(ss).s < prev.ms()) {
                return null;
            }
            int[] subj = clauses.sentenceSubject(ss, d.sentEnd[si]);
            if (subj != null && subj[0] >= ss && subj[1] >= subj[0]) {
                Speaker sp = resolver.resolve(subj[0], subj[1]);
                if (sp != null && prev.name().equals(sp.name())) {
                    return new Speaker(sp.ms(), sp.me(), sp.mention(), prev.name(), prev.kind(), null);
                }
            }
        }
        return null;
    }
}
