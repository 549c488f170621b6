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
            decrying convey conveys conveyed conveying apologised apologized apologises apologizes apologising
            apologizing utter utters uttered uttering alluded alludes alluding attributed attributes attributing""");

    /** Verbs whose bare object is an answer given aloud (n67f: `voted "yes"`): only right before the quote. */
    private static final Set<String> ANSWER_VERBS = Lexicon.words("vote votes voted voting answer answers answered");

    /** Nouns of a speech act whose object or complement is the quote (`warnings of "..."`, `congratulations`). */
    private static final Set<String> NOUNS = Lexicon.words("""
            warning warnings congratulations condolences concern concerns pledge pledges appeal appeals praise criticism
            condemnation promise promises vow vows threat threats demand demands plea pleas apology thanks remark remarks
            comment comments claim assurance assurances accusation accusations admission call calls tribute tributes""");

    /** Nouns that are verbs too: a noun of a speech act only after a determiner (`her call to "..."`, not `they call it`). */
    private static final Set<String> VERB_LIKE_NOUNS = Lexicon.words("call calls");

    /** What makes `call` a noun: `her call`, `a call`, `the calls`. */
    private static final Set<String> NOUN_DETERMINERS = Lexicon.words("a the his her its their our my your this that");

    /** Function words that may stand between the speech-act word and the quote (besides one other word). */
    private static final Set<String> BETWEEN = Lexicon.words("""
            a an the his her its their our of for about on over against that there is are was were be been have has
            had include includes included to"""); // n72e: `paid tribute to the "..."`, `alluded to his "..."`

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
            if (k == open - 1 && ANSWER_VERBS.contains(t.low)) {
                return k; // `voted "no"`: the answer itself, not `voted for the "..." bill`
            }
            if (VERBS.contains(t.low) && t.low.endsWith("ed") && k > ss && PASSIVE_BE.contains(toks.get(k - 1).low)) {
                return -1; // n72e: `the crash was attributed to "..."`, `was branded "..."`: others' words about the subject
            }
            if (VERBS.contains(t.low) || NOUNS.contains(t.low) && (!VERB_LIKE_NOUNS.contains(t.low)
                    || k > ss && NOUN_DETERMINERS.contains(toks.get(k - 1).low))) {
                return k;
            }
            if (++plain > GAP || t.cap || !BETWEEN.contains(t.low) && ++other > 1) {
                return -1; // too far, a name between (its own words), or a clause of its own
            }
        }
        return -1;
    }

    /** Verbs of a speech act a short quote may end in, as its own predicate (`X "strongly condemned" the attack`). */
    private static final Set<String> ACT_VERBS = Lexicon.words("""
            condemned condemns criticised criticized welcomed rejected denied denounced deplored praised slammed blasted
            regretted apologised apologized lamented dismissed disputed questioned congratulated applauded recommended
            recommends recommending urged urges urging condemning criticising criticizing welcoming rejecting denying
            denouncing praising""");

    /** Forms of `be` that make an `-ed` act verb passive: `was "strongly condemned"` is what others said of him. */
    private static final Set<String> PASSIVE_BE = Lexicon.words("is was are were be been being am");

    /** Feelings that only the one who feels them can report (`was "deeply hurt"`). */
    private static final Set<String> FEELINGS = Lexicon.words("""
            sad saddened happy delighted devastated disappointed shocked hurt thrilled heartbroken proud upset angry
            furious pleased relieved gutted honoured honored humbled grateful appalled horrified dismayed excited elated
            overjoyed distraught sorry troubled disturbed""");

    /** Verbs that link a subject to its feeling. */
    private static final Set<String> LINKS = Lexicon.words("is was are were am been be feel feels felt remain remains remained");

    /** Adverbs that stand between an auxiliary and its verb (`was also "..."`). */
    private static final Set<String> ADVERBS = Lexicon.words("also now still already again even then");

    /** Degree words that may stand before the verb or the feeling inside the quote, besides `-ly` adverbs. */
    private static final Set<String> DEGREE = Lexicon.words("very so too quite most rather really");

    /**
     * Rule own-predicate (session n66f): a short quote that is itself its clause's predicate reports its subject's
     * words, with no cue outside it: the quote ends in a verb of a speech act right after the subject or an auxiliary
     * (`the minister "firmly condemned" the conduct`, `she had "utterly rejected" it`), or in a feeling right after
     * `be` or `feel` (`the coach was "deeply hurt"`: only the one who feels it can say so). Only degree adverbs may
     * stand before that last word. Not a quoted modifier of a noun (`the "widely praised" plan`, `Reyes's "much
     * criticised" bill`): the word before the quote is no determiner, possessive or preposition. Answers the quote's
     * opening mark (the key of its statement), or -1.
     */
    static int predicate(List<Tok> toks, Quote q, int ss) {
        if (q.close < 0 || q.open <= ss) {
            return -1;
        }
        Tok before = toks.get(q.open - 1);
        if (before.type != Tok.WORD || before.qrole != Tok.OUT) {
            return -1;
        }
        int last = q.close - 1;
        while (last > q.open && toks.get(last).type != Tok.WORD) {
            last--;
        }
        if (last <= q.open) {
            return -1;
        }
        for (int k = q.open + 1; k < last; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || !t.low.endsWith("ly") && !DEGREE.contains(t.low)) {
                return -1; // `"a sad day"`: a phrase of its own, not a degree and its verb or feeling
            }
        }
        String end = toks.get(last).low;
        if (FEELINGS.contains(end)) {
            return LINKS.contains(before.low) ? q.open : -1;
        }
        boolean modifier = Lexicon.DETERMINERS.contains(before.low) || NOUN_DETERMINERS.contains(before.low)
                || Lexicon.PREPOSITIONS.contains(before.low) || Words.endsWithPossessive(before);
        // n67f: not a passive (`the plan was "widely condemned"`): others' words about the subject, not its own
        boolean passive = end.endsWith("ed") && PASSIVE_BE.contains(linkBefore(toks, q.open, ss));
        return ACT_VERBS.contains(end) && !modifier && !passive ? q.open : -1;
    }

    /** The word before the quote, past one adverb (`was also "..."`, `is now "..."`), or "". */
    private static String linkBefore(List<Tok> toks, int open, int ss) {
        String w = toks.get(open - 1).low;
        if (open - 2 >= ss && toks.get(open - 2).type == Tok.WORD && (w.endsWith("ly") || DEGREE.contains(w)
                || ADVERBS.contains(w))) {
            return toks.get(open - 2).low;
        }
        return w;
    }

    /**
     * The trigger is a verb of uttering or answering (`X uttered the word "yes"`): its own subject speaks, which in a
     * sentence opened by a subordinate clause (`As X voted "no", the chamber ...`) is not the sentence's.
     */
    static boolean isAnswer(Tok t) {
        return ANSWER_VERBS.contains(t.low) || t.low.startsWith("utter") && VERBS.contains(t.low);
    }

    /** The trigger is a noun (its owner speaks: `his promise of "..."`). */
    static boolean isNoun(Tok t) {
        return NOUNS.contains(t.low);
    }
}
