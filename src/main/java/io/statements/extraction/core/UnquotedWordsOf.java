package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n67f, rule unquoted-words-of: `The village is living through a nightmare of grief. These were the words of
 * Bishop Anton Merle at Mass.`: a sentence the next one calls somebody's words (`These were the words of X`, `That was
 * the verdict of X`, `So said X`: the formulas of {@link NextSentenceSpeakerSieve}) is X's statement also without
 * quotation marks; writers open a story with the words themselves and name the speaker after them. Only a sentence of
 * plain words (no quotation marks, no verb of saying of its own: those have their own attribution) opening its
 * paragraph, whose formula sentence follows in the same paragraph or opens the next, and a speaker named by a
 * capitalised name. The headline sieve then finds the headline quote that repeats it.
 */
final class UnquotedWordsOf {

    /** Fewest words in such a sentence: a statement, not a fragment. */
    private static final int MIN_WORDS = 5;

    private UnquotedWordsOf() {
    }

    /** Adds the statement of sentence si [ss, se] when the next sentence names its speaker. */
    static void attribute(Doc d, NextSentenceSpeakerSieve next, int si, int ss, int se) {
        List<Tok> toks = d.toks;
        if (si + 1 >= d.sentStart.length || ss > 0 && toks.get(ss - 1).para == toks.get(ss).para
                || !Words.isTerminal(toks.get(se)) || toks.get(d.sentStart[si + 1]).para > toks.get(ss).para + 1) {
            return; // quick rejection: not a sentence opening its paragraph with a formula sentence right after it
        }
        String w = toks.get(d.sentStart[si + 1]).low;
        if (!w.equals("these") && !w.equals("those") && !w.equals("that") && !w.equals("this") && !w.equals("so")
                && !w.equals("such")) {
            return;
        }
        int words = 0;
        for (int k = ss; k <= se; k++) {
            Tok t = toks.get(k);
            if (t.qrole != OUT || t.type == DQ || t.type == SQ) {
                return;
            }
            words += t.type == WORD ? 1 : 0;
        }
        int[] cue = new int[1];
        Speaker sp = words < MIN_WORDS ? null : next.namedNext(si, cue);
        if (sp == null) {
            return;
        }
        Stmt st = Stmt.indirect(toks.get(cue[0]), toks.get(ss).s, toks.get(se - 1).e, sp, d.newGroup(), 0.5);
        st.sent = si;
        st.sieve = "next-sentence";
        d.out.add(st);
        d.remember(st, si, false);
    }
}
