package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule fronted-time-span (session n61a): `Days later he told ...`, `Two weeks on she wrote ...`, `Hours after the vote
 * he said ...`, `Weeks into the trial she said ...`: a span of time fronted without a comma is an adverbial, never the
 * subject; a capitalised span noun opening the sentence (`Days`, `Months`) had been taken for a person's name. The
 * subject is the pronoun or capitalised word right after the phrase. The span noun must be followed by a word that
 * makes it relative (`later`, `ago`, `on`) or by `after`/`before`/`into` and a short lower-case noun phrase; a span
 * noun alone (`Days are long`) or a phrase that runs into another preposition is left as it is.
 */
final class FrontedTimeAdverbials {
    /** Nouns of a span of time, singular and plural. */
    private static final Set<String> SPANS = Lexicon.words("""
            second seconds minute minutes hour hours day days night nights week weeks weekend weekends month months
            year years decade decades moment moments""");

    /** Words that count or pick out the span before its noun: `Two days`, `A few weeks`, `Several months`. */
    private static final Set<String> COUNTS = Lexicon.words("""
            a an one two three four five six seven eight nine ten eleven twelve few several many some couple of""");

    /** Words after the span that make it a time relative to the story: `Days later`, `Years ago`, `A week on`. */
    private static final Set<String> RELATIVE = Lexicon.words("later earlier ago on afterwards afterward");

    /** Time words that open a sentence alone (session n61c's comma-less-time-opener, merged here). */
    private static final Set<String> BARE_TIME = Lexicon.words("later earlier yesterday today tonight");

    /** Prepositions that relate the span to an event named after them: `Hours after the vote`. */
    private static final Set<String> EVENT_PREPS = Lexicon.words("after before into");

    private FrontedTimeAdverbials() {
    }

    /**
     * The first token after a fronted time span that opens at {@code i} when a subject pronoun or a capitalised word
     * follows it before {@code limit}; {@code i} when there is no such phrase.
     */
    static int subjectStart(List<Tok> toks, int i, int limit) {
        int k = i;
        if (i < limit && word(toks, i) && BARE_TIME.contains(toks.get(i).low)) {
            return subject(toks, i + 1, i); // n61c: `Later Holt told ...`, `Yesterday she said ...`
        }
        while (k <= limit && k - i < 3 && word(toks, k) && (COUNTS.contains(toks.get(k).low) || isDigits(toks.get(k)))) {
            k++;
        }
        if (k > limit || !word(toks, k) || !SPANS.contains(toks.get(k).low) || k + 1 > limit || !word(toks, k + 1)) {
            return i;
        }
        k++;
        String rel = toks.get(k).low;
        if (RELATIVE.contains(rel)) {
            k++;
        } else if (EVENT_PREPS.contains(rel)) {
            int np = k + 1;
            // the event: a short lower-case noun phrase (`the vote`, `his arrest`), no further preposition in it
            while (np <= limit && np - k <= 4 && word(toks, np) && !toks.get(np).cap
                    && !Lexicon.PREPOSITIONS.contains(toks.get(np).low) && !Lexicon.SUBJECT_PRONOUNS.contains(toks.get(np).low)) {
                np++;
            }
            if (np == k + 1) {
                return i;
            }
            k = np;
        } else {
            return i;
        }
        return k > limit ? i : subject(toks, k, i);
    }

    /** k when a subject pronoun or a capitalised word (no time word) stands there, else i. */
    private static int subject(List<Tok> toks, int k, int i) {
        if (!word(toks, k)) {
            return i; // `Later, ...`: the introduction path up to the comma
        }
        Tok next = toks.get(k);
        return Lexicon.SUBJECT_PRONOUNS.contains(next.low) || next.cap && !Lexicon.TIME_WORDS.contains(next.low) ? k : i;
    }

    private static boolean word(List<Tok> toks, int k) {
        return toks.get(k).type == WORD && toks.get(k).qrole == OUT;
    }

    private static boolean isDigits(Tok t) {
        String x = t.text;
        for (int i = 0; i < x.length(); i++) {
            if (!Character.isDigit(x.charAt(i))) {
                return false;
            }
        }
        return !x.isEmpty();
    }
}
