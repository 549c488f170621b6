package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names44, rule crosshead-break: a sub-heading (`Anger in the villages`: a short paragraph of words with no
 * closing full stop) opens a new section of an article. A quote under it with no attribution of its own is not the
 * previous section's speaker by nearness: the writer starts a section with a new voice as often as with the old one.
 */
final class Crossheads {
    /** Longest sub-heading, in words. */
    private static final int MAX_WORDS = 8;

    private Crossheads() {
    }

    /** A sub-heading paragraph stands between the character offset {@code from} and the token {@code open}. */
    static boolean between(List<Tok> toks, int from, int open) {
        int end = open - 1;
        while (end >= 0 && toks.get(end).para == toks.get(open).para) {
            end--;
        }
        while (end >= 0 && toks.get(end).s > from) {
            int start = end;
            while (start - 1 >= 0 && toks.get(start - 1).para == toks.get(end).para) {
                start--;
            }
            if (toks.get(start).s <= from) {
                return false; // the speaker's own paragraph
            }
            if (toks.get(end).para > 0 && heading(toks, start, end)) {
                return true;
            }
            end = start - 1;
        }
        return false;
    }

    /** Words only (commas and dashes between), the first capitalised and the last a word: no quote, no closing mark. */
    private static boolean heading(List<Tok> toks, int start, int end) {
        if (end - start + 1 > MAX_WORDS + 3 || toks.get(start).type != WORD || !toks.get(start).cap
                || toks.get(end).type != WORD) {
            return false; // `Transcript as follows:`, `Wait, it gets better:` introduce what follows
        }
        int words = 0;
        for (int k = start; k <= end; k++) {
            Tok t = toks.get(k);
            if (t.type == DQ || t.type == SQ || t.qrole != OUT || Words.isTerminal(t)) {
                return false;
            }
            words += t.type == WORD ? 1 : 0;
        }
        return words >= 1 && words <= MAX_WORDS;
    }
}
