package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Rule spoken-fragment (session n52e): a quote of one to three words inside a sentence is somebody's words, not a scare
 * quote, when a verb or noun of a speech act stands shortly before it in its clause: `X could be heard offering "warm
 * congratulations" on the "good sense" of ...`, `X branded the vote a "quiet coup"`, `X, whose warnings of "open
 * confrontation" ...`, `whose concerns over salaries include an "outrageous" payment`. Up to four words between, all
 * function words but one (no comma, colon, dash, stop or capitalised word), across another quote of the same run. The
 * sentence-subject sieve then gives it its subject, or the noun's owner (`Kell's claim that there had been "..."`).
 * Not `the so-called "deal"`, a nickname or a title of a work: no such word before them.
 */
final class SpokenFragments {

    /** Verbs of a speech act that the cue lexicon does not read as cues before a short quote. */
    private static final Set<String> VERBS = Lexicon.words("""
            offer offers offered offering voice voices voicing hail hails hailing branded branding decry decries decried
            decrying convey conveys conveyed conveying""");

    /** Nouns of a speech act whose object or complement is the quote (`warnings of "..."`, `congratulations`). */
    private static final Set<String> NOUNS = Lexicon.words("""
            warning warnings congratulations condolences concern concerns pledge pledges appeal appeals praise criticism
            condemnation promise promises vow vows threat threats demand demands plea pleas apology thanks remark remarks
            comment comments claim assurance assurances accusation accusations admission""");

    /** Function words that may stand between the speech-act word and the quote (besides one other word). */
    private static final Set<String> BETWEEN = Lexicon.words("""
            a an the his her its their our of for about on over against that there is are was were be been have has
            had include includes included""");

    /** Words at most between the speech-act word and the quote. */
    private static final int GAP = 4;

    private SpokenFragments() {
    }

    /**
     * The word of a speech act the short quote opening at {@code open} follows in its clause (sentence from ss), or
     * -1. Not `rated claims as "..."`, `his concerns in an interview with "..."` (a show's title): two content words.
     */
    static int trigger(List<Tok> toks, int open, int ss) {
        int plain = 0, other = 0;
        for (int k = open - 1; k >= ss; k--) {
            Tok t = toks.get(k);
            if (t.qrole != Tok.OUT) {
                continue; // an earlier quote of the same run: `offering "A" on the "B"`
            }
            if (t.type != Tok.WORD) {
                return -1; // a comma, colon, dash or stop ends the clause
            }
            if (VERBS.contains(t.low) || NOUNS.contains(t.low)) {
                return k;
            }
            if (++plain > GAP || t.cap || !BETWEEN.contains(t.low) && ++other > 1) {
                return -1; // too far, a name between (its own words), or a clause of its own
            }
        }
        return -1;
    }

    /** The trigger is a noun (its owner speaks: `his promise of "..."`). */
    static boolean isNoun(Tok t) {
        return NOUNS.contains(t.low);
    }
}
