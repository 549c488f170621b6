package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n66f, rule bare-quote-headline: a headline that is nothing but a quote (`'A SHAME!'`, `"Never again"`)
 * leaves its speaker to the deck under it, which a headline writer opens with that speaker and a verb of saying
 * (`Dorr slams federation over squad places`): the quote is the deck subject's. The deck is the paragraph right after
 * the headline, short and without quotes of its own; its subject is up to four capitalised words opening it, right
 * before a verb of saying (headline verbs such as `slams`, `blasts`, `hits out`, or the cue lexicon's), resolving to a
 * person or organisation the body names in full. A bare quote headline over a deck that names no one this way keeps
 * the body-overlap reading (its own words are too few to find a body sentence, so it stays unattributed).
 */
final class BareQuoteHeadlines {

    /** A deck is short: a paragraph of more tokens is the body's lead. */
    private static final int MAX_DECK_TOKENS = 45;

    /** Capitalised words at most in the deck's subject. */
    private static final int SUBJECT_WORDS = 4;

    private BareQuoteHeadlines() {
    }

    /** The speaker the deck under the bare quote headline [a, b] names, or null. */
    static Speaker deckSubject(Doc d, Quote q, int a, int b) {
        List<Tok> toks = d.toks;
        if (q.open != a || q.close < 0 || b + 1 >= toks.size()) {
            return null;
        }
        for (int i = q.close + 1; i <= b; i++) {
            if (toks.get(i).type == WORD) {
                return null; // more than the quote: the headline's own words decide
            }
        }
        int s = b + 1, p = toks.get(s).para, e = s;
        while (e + 1 < toks.size() && toks.get(e + 1).para == p) {
            if (++e - s > MAX_DECK_TOKENS || toks.get(e).type == SQ || toks.get(e).type == DQ) {
                return null; // a lead paragraph, or a deck with quotes of its own
            }
        }
        for (int end = s; end < e && end - s < SUBJECT_WORDS; end++) {
            Tok t = toks.get(end), next = toks.get(end + 1);
            if (t.type != WORD || !t.cap) {
                return null;
            }
            if (next.type == WORD && saying(next.low)) {
                Speaker sp = d.resolver.resolve(s, end);
                if (sp != null && sp.name() != null && (sp.kind() == SpeakerKind.ORGANIZATION
                        || sp.kind() == SpeakerKind.PERSON && sp.name().contains(" "))
                        && d.s.indexOf(sp.name(), toks.get(e).e) >= 0) {
                    return new Speaker(sp.ms(), sp.me(), sp.mention(), sp.name(), sp.kind(), null);
                }
            }
        }
        return null;
    }

    private static boolean saying(String w) {
        return Lexicon.HEADLINE_VERBS.contains(w) || Lexicon.SPEECH.contains(w) || Lexicon.WEAK.contains(w);
    }
}
