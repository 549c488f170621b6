package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Rule mention-verb-tail (session n56a): a subject kept from its verb by an auxiliary or an adverb and a time phrase
 * (`The court had in March declared`, `Tarsova Airways just this week announced`, `some voters now think`) was read
 * with the auxiliary or adverb in it (`The court had`, `Tarsova Airways just`): no name ends with a lower-case
 * auxiliary or adverb, so the mention ends before them (then `The court` is the court the text named). General syntax,
 * not a list of names: only lower-case words (a surname `Will` or `Hope` is capitalised), never the whole mention, not
 * after a possessive or contraction (`Holt's first`, `He's not`), and not in a mention with a comma or a relative
 * clause (`an aide, who spoke candidly`), whose head a later rule reads.
 */
final class MentionTails {

    private MentionTails() {
    }

    /** The last token of the mention [a, b] without a trailing auxiliary or adverb; b when none or nothing is left. */
    static int end(List<Tok> toks, int a, int b) {
        if (b <= a) {
            return b;
        }
        for (int k = a; k <= b; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.qrole != Tok.OUT || RELATIVES.contains(t.low)) {
                return b; // a comma, a quote mark, `who ...`: not a subject cut short
            }
        }
        int e = b;
        if (e > a + 1 && !toks.get(e).cap && LIGHT_PASTS.contains(toks.get(e).low)) {
            e--; // n66a: `the appeal court made "another finding," saying`: the light verb ends no name
        }
        while (e > a && b - e < 3 && tail(toks.get(e))) {
            e--;
        }
        Tok last = toks.get(e);
        boolean head = e < b && !Lexicon.DETERMINERS.contains(last.low) && !Lexicon.PREPOSITIONS.contains(last.low)
                && !Words.endsWithPossessive(last) && last.low.indexOf('\'') < 0 && last.low.indexOf('\u2019') < 0
                && !tail(last);
        return head ? e : b;
    }

    /**
     * Rule time-word-after-name (session n66b): `The KFA today in a short release called`, `Tom Berg Monday`: a
     * mention cut at its preposition ends on a time word (`today`, `yesterday`, `tonight`, a weekday) right after a
     * capitalised word; no body's or person's name ends so, the time word is the verb's adverbial. The last token of
     * [a, e] before such time words; e when none.
     */
    static int beforeTimeWord(List<Tok> toks, int a, int e) {
        int k = e;
        while (k > a && toks.get(k).type == WORD && TrailingTimeWords.DAYS.contains(toks.get(k).low)) {
            k--;
        }
        Tok t = toks.get(k);
        return k < e && t.type == WORD && t.cap && !Words.endsWithPossessive(t) ? k : e;
    }

    /** A lower-case auxiliary or adverb that ends no noun phrase. */
    private static boolean tail(Tok t) {
        return t.type == WORD && !t.cap && (AUXILIARIES.contains(t.low) || t.low.length() >= 6 && t.low.endsWith("ly")
                && !LY_NOUNS.contains(t.low) && t.low.chars().allMatch(Character::isLetter));
    }

    /**
     * Session n66a: past forms of light verbs whose object is the quote (`made "another finding"`, `gave "a
     * warning"`, `drew "a line"`), last in a mention the cue's subject search ran onto; never a name's last word.
     */
    private static final Set<String> LIGHT_PASTS = Lexicon.words("made gave drew took reached");

    private static final Set<String> AUXILIARIES = Lexicon.words("""
            had has have was were is are will would could should may might must did does do also now then still just
            usually often never already again always today yesterday tonight""");

    /** Words in `-ly` that head a noun phrase (`the elderly`, `the royal family`, `a weekly`). */
    private static final Set<String> LY_NOUNS = Lexicon.words("""
            family assembly anomaly monopoly homily supply elderly weekly monthly quarterly yearly nightly biweekly
            butterfly underbelly""");

    private static final Set<String> RELATIVES = Lexicon.words("who whom whose which that where");
}
