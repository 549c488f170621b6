package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * A quote paragraph signed by the next paragraph: `"..."` then `- Jane Roe, at the rally.` (the layout of fact
 * checks and "quotable" boxes). The signature is short, opens with a dash and a capitalised name, and that name
 * ends the paragraph or stands before a comma.
 */
final class DashLineSieve extends Rules implements QuoteSieve {

    private static final Set<String> DASHES = Lexicon.set("-", "\u2013", "\u2014", "\u2015");
    /** A signature line longer than this is prose (a bulleted sentence), not a signature. */
    private static final int MAX_LINE_TOKENS = 16;

    DashLineSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "dash-line";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        Quote q = c.q;
        if (!c.startsSentence || q.close < 0 || c.words < 4) {
            return false;
        }
        int para = toks.get(q.open).para;
        if (q.open > 0 && toks.get(q.open - 1).para == para) {
            return false; // the quote must open its paragraph
        }
        int closePara = toks.get(q.close).para;
        int k = q.close + 1;
        while (k < toks.size() && toks.get(k).para == closePara) {
            if (toks.get(k).type != PUNCT) {
                return false; // words after the quote: an attribution in the paragraph, other sieves' business
            }
            k++;
        }
        if (k + 1 >= toks.size() || !DASHES.contains(toks.get(k).text)) {
            return false;
        }
        Tok dash = toks.get(k);
        Tok first = toks.get(k + 1);
        if (first.para != dash.para || first.type != WORD || !first.cap) {
            return false;
        }
        int lineEnd = k;
        while (lineEnd + 1 < toks.size() && toks.get(lineEnd + 1).para == dash.para) {
            lineEnd++;
        }
        if (lineEnd - k > MAX_LINE_TOKENS) {
            return false;
        }
        int[] np = inverted.subjectAfter(k, lineEnd);
        if (np == null) {
            return false;
        }
        int after = np[1] + 1;
        if (after <= lineEnd && !(toks.get(after).text.equals(",") || toks.get(after).text.equals(".")
                && after == lineEnd)) {
            return false; // `- The council will vote ...`: a sentence, not a signature
        }
        c.cue = k;
        c.subj = np;
        c.post = true;
        return true;
    }
}
