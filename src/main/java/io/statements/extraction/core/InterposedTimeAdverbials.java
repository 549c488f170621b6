package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Session n72a: a time adverbial between a subject and its verb, or after a fronted time word, is no part of the
 * speaker's mention, and never the mention itself:
 * <ul>
 * <li><b>time-word-with-phrase-opener</b> ({@link #afterOpener}): `Today during sentencing Judge X blasted`, `Yesterday
 * at the hearing X said`: a bare time word opening the sentence with a short prepositional phrase after it; the
 * subject is the capitalised word or pronoun after the phrase (the mention was `Today`).</li>
 * <li><b>relative-time-after-subject</b> ({@link #end}): `X earlier in the day urged`, `X later that week told`: the
 * adverbial closing a mention goes (the name was `X earlier`).</li>
 * <li><b>time-adverbial-mention</b> ({@link #subjectBefore}): `X had earlier in the day urged`: the subject reader
 * stopped at the auxiliary and kept the adverbial alone as the mention (the name was `earlier`); the subject is the
 * capitalised run before the auxiliary.</li>
 * </ul>
 */
final class InterposedTimeAdverbials {
    private InterposedTimeAdverbials() {
    }

    private static final Set<String> OPENING_TIMES = Lexicon.words("today yesterday tonight later earlier");
    private static final Set<String> RELATIVE = Lexicon.words("earlier later");
    private static final Set<String> PREPOSITIONS = Lexicon.words("during at in on after before");
    private static final Set<String> DETERMINERS = Lexicon.words("that this the");
    private static final Set<String> AUXILIARIES = Lexicon.words("had has have was is would will");
    private static final Set<String> PERIODS = Lexicon.words("day morning afternoon evening night week weekend month year");

    /** The subject's first token after `Today during the hearing` opening at i, else i (time-word-with-phrase-opener). */
    static int afterOpener(List<Tok> toks, int i, int limit) {
        if (i + 2 > limit || !word(toks, i) || !OPENING_TIMES.contains(toks.get(i).low) || !word(toks, i + 1)
                || !PREPOSITIONS.contains(toks.get(i + 1).low)) {
            return i; // quick rejection: most mentions open with no time word
        }
        int k = i + 2;
        while (k <= limit && k - i <= 5 && word(toks, k) && !toks.get(k).cap && !Lexicon.SUBJECT_PRONOUNS.contains(toks.get(k).low)
                && !Lexicon.PREPOSITIONS.contains(toks.get(k).low)) {
            k++; // the phrase's noun: `sentencing`, `the hearing`
        }
        if (k == i + 2 || k > limit || !word(toks, k)) {
            return i;
        }
        Tok s = toks.get(k);
        return Lexicon.SUBJECT_PRONOUNS.contains(s.low) || s.cap && !Lexicon.TIME_WORDS.contains(s.low) ? k : i;
    }

    /** The end of [a, b] before `earlier in the day` / `later that week` closing it, else b (relative-time-after-subject). */
    static int end(List<Tok> toks, int a, int b) {
        int r = relativeStart(toks, a, b);
        return r > a && toks.get(r - 1).cap ? r - 1 : b;
    }

    /** [start, end] of the capitalised run before `had` when [a, b] is only `earlier in the day`, else {@code other}. */
    static int[] subjectBefore(List<Tok> toks, int a, int b, int[] other) {
        if (relativeStart(toks, a, b) != a || a < 2 || !AUXILIARIES.contains(toks.get(a - 1).low)) {
            return other;
        }
        int e = a - 2, s = e;
        while (s - 1 >= 0 && e - s < 4 && word(toks, s - 1) && toks.get(s - 1).cap && toks.get(s - 1).sent == toks.get(a).sent) {
            s--;
        }
        return word(toks, e) && toks.get(e).cap && !Words.endsWithPossessive(toks.get(e)) ? new int[]{s, e} : other;
    }

    /** Where `earlier|later (in|on) the N` / `earlier|later that N` closing [a, b] starts, else -1. */
    private static int relativeStart(List<Tok> toks, int a, int b) {
        if (b - a < 2 || toks.get(b).cap || !word(toks, b)) {
            return -1;
        }
        int r = b - 3 >= a && RELATIVE.contains(toks.get(b - 3).low) && PREPOSITIONS.contains(toks.get(b - 2).low)
                && DETERMINERS.contains(toks.get(b - 1).low) ? b - 3
                : RELATIVE.contains(toks.get(b - 2).low) && DETERMINERS.contains(toks.get(b - 1).low) ? b - 2 : -1;
        return r >= a && !toks.get(r).cap && PERIODS.contains(toks.get(b).low) ? r : -1;
    }

    private static boolean word(List<Tok> toks, int k) {
        return toks.get(k).type == WORD && toks.get(k).qrole == Tok.OUT;
    }
}
