package io.statements.extraction.core;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n49c, rule verbless-name: `"The port deserves a new captain," 64-year-old Feldt, who has led the authority for
 * eleven years.`: web copy that lost its verb names the speaker right after the quote's comma (an age before the name
 * at most), then a relative clause or the sentence's end, with no verb of saying anywhere after the quote; the person
 * so named is the speaker. Rule standfirst-quote: a quote standing alone as the paragraph right under a headline that
 * names one person in full (`Harbour chief Lorenz Feldt quits ...` / `"Nobody told me ..."`) is that person's; not
 * under a headline in title case, whose capitalised words run together.
 * Confidence 0.5; a name that is no person's (`"...," Reuters, which ...`) decides nothing.
 */
final class VerblessNameSieve extends Rules implements QuoteSieve {

    VerblessNameSieve(Doc d) {
        super(d);
    }

    @Override
    public String name() {
        return "verbless-name";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        Speaker sp = c.endsComma ? namedAfter(c) : null;
        sp = sp == null ? standfirst(c) : sp;
        if (sp == null) {
            return false;
        }
        c.st.decide(sp, StatementKind.DIRECT, d.newGroup(), 0.5);
        return true;
    }

    private Speaker namedAfter(QuoteCandidate c) {
        int j = c.qEndTok + 1;
        if (j <= c.cse && toks.get(j).text.equals(",")) {
            j++;
        }
        if (j <= c.cse && !toks.get(j).cap && toks.get(j).low.endsWith("-year-old")) {
            j++; // `68-year-old X`
        }
        int b = j;
        while (b + 1 <= c.cse && toks.get(b + 1).type == WORD && toks.get(b + 1).cap && toks.get(b + 1).qrole == OUT) {
            b++;
        }
        if (j > c.cse || !toks.get(j).cap || toks.get(j).type != WORD || toks.get(j).qrole != OUT) {
            return null;
        }
        Tok after = b + 1 <= c.cse ? toks.get(b + 1) : null;
        boolean relative = after != null && after.text.equals(",") && b + 2 <= c.cse
                && (toks.get(b + 2).low.equals("who") || toks.get(b + 2).low.equals("whose"));
        if (!relative && !(after == null || Words.isTerminal(after) && b + 1 == c.cse)) {
            return null;
        }
        for (int k = j; k <= c.cse; k++) {
            if (cueLex.isCueTok(k) || toks.get(k).qrole != OUT) {
                return null; // a verb of saying or another quote: the cue sieves' case
            }
        }
        Speaker sp = resolver.resolve(j, b);
        return sp != null && sp.kind() == SpeakerKind.PERSON && sp.name() != null
                && Character.isUpperCase(sp.name().codePointAt(0)) ? sp : null;
    }

    /** The one person the headline names in full, for a quote that is the whole paragraph under it; else null. */
    private Speaker standfirst(QuoteCandidate c) {
        Tok open = toks.get(c.q.open);
        if (open.para != 1 || c.q.close < 0 || c.q.open > 0 && toks.get(c.q.open - 1).para == 1 || c.words < 4) {
            return null;
        }
        for (int k = c.q.close + 1; k < toks.size() && toks.get(k).para == 1; k++) {
            if (toks.get(k).type != PUNCT) {
                return null;
            }
        }
        boolean lower = false; // a headline in title case runs its words together: no name can be told
        for (int k = 0; k < toks.size() && toks.get(k).para == 0; k++) {
            lower |= toks.get(k).type == WORD && !toks.get(k).cap && !Lexicon.PREPOSITIONS.contains(toks.get(k).low)
                    && !Lexicon.DETERMINERS.contains(toks.get(k).low) && !toks.get(k).low.equals("and");
        }
        Speaker one = null;
        for (int k = 0; lower && k < toks.size() && toks.get(k).para == 0; k++) {
            if (!toks.get(k).cap || toks.get(k).type != WORD || k > 0 && toks.get(k - 1).cap && toks.get(k - 1).para == 0) {
                continue;
            }
            int b = k;
            while (b + 1 < toks.size() && toks.get(b + 1).para == 0 && toks.get(b + 1).cap && toks.get(b + 1).type == WORD) {
                b++;
            }
            Name nm = b > k ? d.names.classify(k, b) : null;
            if (nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical.indexOf(' ') > 0 && b - k <= 3) {
                if (one != null && !one.name().equals(nm.canonical)) {
                    return null; // two people named: the headline does not say whose
                }
                one = new Speaker(toks.get(k).s, toks.get(b).e, d.s.substring(toks.get(k).s, toks.get(b).e),
                        nm.canonical, SpeakerKind.PERSON, null);
            }
        }
        return one;
    }
}
