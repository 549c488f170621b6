package io.statements.extraction.core;

/**
 * `"..." ― X`: a quote opening its sentence followed by a dash and the speaker's name. Session n50f, rule
 * dash-signature: a signature after the closing mark may be set with a hyphen or an en dash as well (`"..." - Jane
 * Roe`, `"..."- Jane Roe`, `"..." – Jane Roe, union organiser`); the word after it must be capitalised and a name, so
 * a hyphenated word (`"open-door"-style`) or a range (`"2024"-2025`) glued to the mark is no signature.
 */
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
        if (c.startsSentence && after + 1 <= c.cse && isDash(toks.get(after).text) && toks.get(after + 1).cap) {
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

    private static boolean isDash(String t) {
        return t.equals("\u2015") || t.equals("\u2014") || t.equals("\u2013") || t.equals("-");
    }
}
