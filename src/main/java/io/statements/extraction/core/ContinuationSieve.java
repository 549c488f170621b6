package io.statements.extraction.core;

/**
 * `"A," he said. "B."`: a quote opening its sentence right after an attributed one (the next sentence, or a later one
 * in the same or the next paragraph) continues that attribution. Session n67c, rule joined-quote-continues: `"B," and
 * "C."` — a quote joined by `and`/`but` to the attributed quote just before it, with no cue of its own, is the same
 * voice going on (the conjunction coordinates the two quoted utterances under one speaker).
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
        if (!c.opensClause && !joinedToQuoteBefore(c) || d.lastGroup < 0 || d.lastGroupSpeaker == null
                || !(si - d.lastGroupSent <= 1 || si - d.lastGroupSent <= 3 && paraGap(si) <= 1)) {
            return false;
        }
        Stmt st = c.st;
        Speaker single = d.lastGroupIsQuote ? null // a pair's own quote goes on as theirs (`Screw me?` cited inside it)
                : SingularVoiceContinuations.individualBefore(d, d.lastGroupSpeaker, d.lastGroupSent, c.q.cs, c.q.ce);
        if (single != null) { // `X and Y said they would. "I am grateful"`: the one who spoke before the pair
            st.decide(single, StatementKind.DIRECT, d.newGroup(), 0.6);
            return true;
        }
        st.decide(d.lastGroupSpeaker, StatementKind.DIRECT, d.lastGroupIsQuote ? d.lastGroup : d.newGroup(), 0.75);
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

    private static final java.util.Set<String> JOINERS = Lexicon.words("and but");

    /**
     * Rule joined-quote-continues: only `and`/`but` (and commas) outside quotes between the last statement's quote and
     * this; not inside a quote (`"... `too loud` or `too shrill`"`), and not `or` (alternatives quoted, not said).
     */
    private boolean joinedToQuoteBefore(QuoteCandidate c) {
        int k = c.q.open - 1, ss = d.sentStart[c.si];
        boolean word = false;
        while (k > ss && c.q.open - k <= 3 && toks.get(k).qrole == Tok.OUT
                && (JOINERS.contains(toks.get(k).low) || toks.get(k).text.equals(","))) {
            word |= toks.get(k).type == Tok.WORD;
            k--;
        }
        if (!word || toks.get(k).qrole != Tok.CLOSE || !d.lastGroupIsQuote || d.out.isEmpty()) {
            return false; // quick rejection: no conjunction right after a closing mark
        }
        Stmt last = d.out.get(d.out.size() - 1);
        return last.group == d.lastGroup && last.ce >= toks.get(k).s && last.ce <= toks.get(k).e;
    }
}
