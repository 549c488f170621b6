package io.statements.extraction.core;

import static io.statements.extraction.core.Tok.*;

/**
 * `Polls moved late - Carl Bialik: "..."`, `More from the report: "..."`: a name (or `from` a document) set before
 * a colon right in front of the quote labels its speaker, as a digest or a round-up quotes its sources.
 */
final class ColonLabelSieve extends Rules implements QuoteSieve {

    private static final int MAX_LABEL_WORDS = 6;

    ColonLabelSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "colon-label";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int colon = c.q.open - 1;
        if (colon - 1 <= c.ss || !toks.get(colon).text.equals(":") || toks.get(colon).qrole != OUT) {
            return false;
        }
        int end = colon - 1;
        int start = labelStart(end, c.ss);
        if (start < 0) {
            return false;
        }
        Speaker sp = resolver.resolve(start, end);
        if (sp == null || sp.name() == null && !Lexicon.DOC_NOUNS.contains(toks.get(end).low)) {
            return false; // a document may stay unnamed: its mention is still the source
        }
        return direct(c, sp, 0.7, colon);
    }

    /**
     * The first token of a label ending at {@code end}: capitalised words (and `and` between them) after a dash, or a
     * name or a document after `from` (`More from Jones`, `From the report`); -1 when there is none.
     */
    private int labelStart(int end, int ss) {
        int a = end;
        while (a >= ss && end - a < MAX_LABEL_WORDS && isLabelWord(a)) {
            a--;
        }
        int start = a + 1;
        if (start > end || !toks.get(start).cap || a < ss) {
            return fromDocument(end, ss);
        }
        Tok before = toks.get(a);
        boolean dash = before.type == PUNCT && (before.text.equals("-") || before.text.equals("\u2014")
                || before.text.equals("\u2013") || before.text.equals("--"));
        return dash || before.low.equals("from") && labelOpens(a, ss) ? start : -1;
    }

    /** `More from Jones:`, `From Jones:` open a label; `Curiel was from Mexico:` is no label. */
    private boolean labelOpens(int from, int ss) {
        return from == ss || toks.get(from - 1).low.equals("more") || toks.get(from - 1).type == PUNCT;
    }

    private boolean isLabelWord(int i) {
        Tok t = toks.get(i);
        return t.type == WORD && t.qrole == OUT && (t.cap || t.low.equals("and") && i > 0 && toks.get(i - 1).cap);
    }

    /** `From the report:`, `More from the study:`: the document's noun phrase. */
    private int fromDocument(int end, int ss) {
        int det = end - 1;
        return det - 1 >= ss && Lexicon.DOC_NOUNS.contains(toks.get(end).low)
                && Lexicon.DETERMINERS.contains(toks.get(det).low) && toks.get(det - 1).low.equals("from")
                && labelOpens(det - 1, ss) ? det : -1;
    }
}
