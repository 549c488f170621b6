package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/**
 * Session n67f, rule single-mark-before-cue: in copy that quotes in double marks (where single marks are otherwise
 * quotes within quotes, or headline quotes), a short single-marked stretch outside any double marks that a verb of
 * saying and its subject follow right away is a quote, as a quote in double marks would be: `The vote was 'unanimous'
 * said the board`, `'Not now,' says Holt`. A writer sets a nickname or a term in single marks too, but then it is a
 * noun phrase the sentence goes on with (`the 'Big Three' said on Monday`): not after a determiner or a possessive,
 * and the verb's subject must follow it (a determiner, a pronoun or a capitalised word that is no day or month).
 */
final class SingleMarkCues {

    /** Most tokens between the marks: a short stretch; long ones are the single-mark articles' own rule. */
    private static final int MAX_INSIDE = 12;

    private SingleMarkCues() {
    }

    /** Pairs such stretches of the text as single-marked quotes (after the other pairings, in text order). */
    static void pair(Doc d, QuotePairing pairing) {
        List<Tok> toks = d.toks;
        int n = toks.size();
        for (int k = 1; k + 3 < n; k++) {
            Tok t = toks.get(k);
            if (t.type != SQ || t.qrole != OUT || !spaceLike(pairing.charAt(t.s - 1))
                    || !isWordChar(pairing.charAt(t.e))) {
                continue; // quick rejection: most tokens are no single mark opening a word
            }
            int c = k + 1;
            while (c < n && c - k <= MAX_INSIDE && toks.get(c).type != SQ && toks.get(c).qrole == OUT
                    && toks.get(c).para == t.para) {
                c++;
            }
            if (c + 2 >= n || c - k > MAX_INSIDE || toks.get(c).type != SQ || toks.get(c).qrole != OUT || c - k < 2
                    || spaceLike(pairing.charAt(toks.get(c).s - 1)) || !closeFollow(pairing.charAt(toks.get(c).e))) {
                continue;
            }
            Tok before = toks.get(k - 1);
            if (before.type == WORD && (Lexicon.DETERMINERS.contains(before.low) || endsWithPossessive(before))) {
                continue; // `the 'Big Three' said`: a name the sentence's subject
            }
            int v = toks.get(c + 1).text.equals(",") ? c + 2 : c + 1;
            if (v + 1 < n && cueWithSubject(toks.get(v), toks.get(v + 1), t.para)) {
                pairing.finishQuote(k, c, c - 1);
                d.quotes.get(d.quotes.size() - 1).single = true;
            }
            k = c;
        }
    }

    /** `said the board`, `says Holt`, `she said` is not this order: the verb right after the quote, then its subject. */
    private static boolean cueWithSubject(Tok verb, Tok next, int para) {
        if (verb.type != WORD || verb.para != para || next.para != para || !Lexicon.SPEECH.contains(verb.low)
                || next.type != WORD) {
            return false;
        }
        return Lexicon.DETERMINERS.contains(next.low) || Lexicon.SUBJECT_PRONOUNS.contains(next.low)
                || next.cap && !Lexicon.TIME_WORDS.contains(next.low);
    }
}
