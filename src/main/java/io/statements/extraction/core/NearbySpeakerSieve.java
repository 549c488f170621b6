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
        QuotativeFrames.Framed framed = QuotativeFrames.after(d, c); // n68e `"...," Judge X boomed.`
        if (framed != null) {
            return direct(c, framed.speaker(), 0.6, framed.verb());
        }
        Speaker prev = LastSpeakers.before(d, c.q.cs);
        Speaker sp = null;
        double conf = 0.3;
        if (prev != null && c.opensClause && d.lastGroupSent >= c.si - 4
                && !Crossheads.between(toks, prev.ms(), c.q.open)) {
            Speaker near = introducedBefore(c, prev);
            near = near != null ? near : nearestMention(c, prev);
            sp = near != null ? near
                    : new Speaker(prev.ms(), prev.me(), prev.mention(), prev.name(), prev.kind(), null);
            conf = 0.4;
        }
        c.st.decide(sp, c.startsSentence ? StatementKind.DIRECT : StatementKind.PARTIAL, d.newGroup(), conf);
        return true;
    }

    /**
     * Rule quote-after-introduction (session lead48): a quote opening its paragraph right after a sentence without a
     * quote or a cue whose subject is another person than the last speaker, by full name (`Her neighbour, Mehmet
     * Yilmaz, lost his brother.` then `"We dug with our hands ..."`; `Arslan now sleeps in a tent.` then `"..."`), is
     * that person's: the writer turned to them; else null.
     */
    private Speaker introducedBefore(QuoteCandidate c, Speaker prev) {
        int si = c.si - 1;
        if (si < 0 || toks.get(c.q.open).para == toks.get(d.sentStart[si]).para
                || c.q.open > 0 && toks.get(c.q.open - 1).para == toks.get(c.q.open).para) {
            return null;
        }
        for (int k = d.sentStart[si]; k <= d.sentEnd[si]; k++) {
            if (toks.get(k).qrole != Tok.OUT || cueLex.isCueTok(k)) {
                return null; // a quote or a verb of saying there: an attribution the sieves read already
            }
        }
        int[] subj = clauses.sentenceSubject(d.sentStart[si], d.sentEnd[si]);
        Speaker sp = subj == null ? null : resolver.resolve(subj[0], subj[1]);
        if (sp == null || sp.kind() != SpeakerKind.PERSON || sp.name() == null || !sp.name().contains(" ")
                || sp.name().equals(prev.name())) {
            return null;
        }
        return sp;
    }

    /**
     * The subject of one of the three sentences before the quote (nearest first, after the last speaker's mention)
     * when it names the same speaker: `Okafor went on to stress that ... "The pier? Not for sale."` is shown with
     * the `Okafor` next to it, the evidence a reader checks, not the mention of an earlier quote.
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
