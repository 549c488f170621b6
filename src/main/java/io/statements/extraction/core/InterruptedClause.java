package io.statements.extraction.core;

/**
 * A cue that interrupts the reported clause (`Fee levels, he added, were "set by a formula"`, `In other
 * words, she said, "the era is over"`): the clause starts at the sentence's start, not after the cue, as PolNeAR
 * marks it; only when the part before the speaker holds no quote of its own (that one is a statement of its own).
 */
final class InterruptedClause extends Rules {

    /** Most tokens between the cue and the comma that closes the interruption (`said in an interview afterward,`). */
    private static final int MAX_TAIL = 6;

    InterruptedClause(Doc d) {
        super(d);
    }

    /** The token the reported clause starts at: the sentence start when the cue interrupts it, else from. */
    int start(QuoteCandidate c, int from) {
        int[] subj = c.subj;
        int cue = c.cue;
        if (subj == null || subj[1] + 1 != cue || subj[0] < c.ss + 2 || from - 1 <= cue || from - 1 - cue > MAX_TAIL
                || !toks.get(subj[0] - 1).text.equals(",") || !toks.get(from - 1).text.equals(",")) {
            return from;
        }
        for (int k = cue + 1; k < from - 1; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || t.low.equals("that")) {
                return from; // `said, in turn,` or `said that, abortion aside,`: not a plain interruption
            }
        }
        for (int k = from; k < Math.min(from + 4, c.q.open); k++) {
            if (toks.get(k).low.equals("that")) {
                return from; // `said, in turn, that ...`: the complement starts at `that`
            }
        }
        for (int k = c.ss; k < subj[0]; k++) {
            Tok t = toks.get(k);
            if (t.type == Tok.DQ || t.type == Tok.SQ || t.qrole != Tok.OUT) {
                return from;
            }
        }
        return c.ss;
    }
}
