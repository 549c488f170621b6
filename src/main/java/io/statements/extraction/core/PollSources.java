package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * A poll opening its sentence: `In a Ledger poll released Friday, 41 percent of growers said ...`. The poll is the
 * source of the clause after its comma (PolNeAR marks the poll, with `In` as the cue, in each such use on train),
 * also when that clause has a verb of saying whose subject is a share of the respondents.
 */
final class PollSources {
    private static final Set<String> POLLS = Lexicon.words("poll polls survey surveys");

    private final Doc d;
    private final List<Tok> toks;

    PollSources(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /**
     * For a sentence opening `In <determiner> ... poll ...,`: {the poll's first token, its last token (before a
     * participle: `a Herald poll released Monday` ends at `poll`), the comma}; else null.
     */
    int[] opening(int ss, int se) {
        if (!toks.get(ss).low.equals("in") || ss + 2 > se || !Lexicon.DETERMINERS.contains(toks.get(ss + 1).low)) {
            return null;
        }
        boolean poll = false;
        int npEnd = -1;
        for (int m = ss + 2; m <= se && m - ss <= 14; m++) {
            Tok t = toks.get(m);
            if (t.text.equals(",")) {
                return poll && m + 1 <= se && toks.get(m + 1).type == WORD
                        ? new int[]{ss + 1, npEnd < 0 ? m - 1 : npEnd, m} : null;
            }
            if (t.type != WORD || t.qrole != OUT) {
                return null;
            }
            poll |= POLLS.contains(t.low);
            if (poll && npEnd < 0 && !t.cap && t.low.endsWith("ed")) {
                npEnd = m - 1;
            }
        }
        return null;
    }

    /**
     * The poll as the source of a subject [a, b] that counts respondents right after the poll's comma (`31% of
     * growers and part-time farmers said`), else null.
     */
    int[] pollFor(int a, int b) {
        int si = toks.get(a).sent;
        int[] poll = opening(d.sentStart[si], d.sentEnd[si]);
        if (poll == null || poll[2] >= a) {
            return null;
        }
        boolean counted = false;
        for (int m = poll[2] + 1; m <= b; m++) {
            Tok t = toks.get(m);
            if (t.text.equals(",") || t.qrole != OUT) {
                return null;
            }
            counted |= t.text.equals("%") || t.low.equals("percent") || Words.isNumber(t.text);
        }
        return counted ? poll : null;
    }
}
