package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n49c: quotation marks between a quote and its attribution (`TrailingCueSieve`). Rule quoted-epithet:
 * `"None of this was planned," the newly crowned "Fastest Woman on Earth" said`: a short capitalised quote inside the subject
 * is the speaker's epithet, part of the subject and no quote of its own. Rule two-quotes-one-verb: `"Justice at
 * last!" (in the Ostravan language) and "No more fear!", Mira Stanek shouted`: a quote joined by `and` (a gloss in
 * brackets between) to a second quote whose attribution follows is that speaker's too.
 */
final class AttributionQuotes {
    /** The most words an epithet holds. */
    private static final int EPITHET_WORDS = 5;
    /** The most tokens a bracketed gloss holds. */
    private static final int GLOSS_TOKENS = 10;

    private final Doc d;
    private final List<Tok> toks;

    AttributionQuotes(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /**
     * The closing mark of the epithet opening at {@code m}, or -1: a balanced quote of one to {@link #EPITHET_WORDS}
     * words, the first capitalised, no punctuation but an apostrophe's, closing before {@code cse} and right before a
     * word (the verb), after words only since {@code j}, where the attribution starts.
     */
    int epithetEnd(int m, int j, int cse) {
        Tok open = toks.get(m);
        if (open.qrole != OPEN || open.q < 0 || open.q >= d.quotes.size() || m == j) {
            return -1;
        }
        Quote q = d.quotes.get(open.q);
        if (q.open != m || q.close < 0 || q.close >= cse || q.close - m - 1 > EPITHET_WORDS
                || !toks.get(m + 1).cap || toks.get(q.close + 1).type != WORD) {
            return -1;
        }
        for (int k = j; k < q.close; k++) {
            Tok t = toks.get(k);
            if (k != m && t.type != WORD) {
                return -1;
            }
        }
        return q.close;
    }

    /**
     * Who bears the epithet the description [{@code a}, {@code close}] gives (`the newly crowned "Fastest Woman on
     * Earth"`): as a definite description does, the last speaker or the subject of the sentence before, whichever is a
     * person named in full, the last speaker first; null when neither is.
     */
    Speaker epithetBearer(int a, int close) {
        int ms = toks.get(a).s, me = toks.get(close).e;
        Speaker topic = new PronounResolver(d, d.resolver).previousSentenceSubject(ms, '?'); // rare: made when asked
        Speaker[] candidates = {LastSpeakers.before(d, ms), topic};
        for (Speaker sp : candidates) {
            if (sp != null && sp.kind() == SpeakerKind.PERSON && sp.name() != null && sp.name().indexOf(' ') > 0
                    && Character.isUpperCase(sp.name().codePointAt(0)) && ms - sp.ms() < BEARER_REACH) {
                return new Speaker(ms, me, d.s.substring(ms, me), sp.name(), sp.kind(), null);
            }
        }
        return null;
    }

    /** How far (chars) before the epithet its bearer may have been named or have spoken. */
    private static final int BEARER_REACH = 1500;

    /**
     * The first token after the second quote when the quote ending at {@code end} is followed by an optional bracketed
     * gloss, `and` and a second quote of the same paragraph that ends with a comma or `!`/`?` (`"A!" (gloss) and "B!",
     * he shouted`); else -1. The attribution after the second quote is then the first one's too.
     */
    int afterSecondQuote(int end) {
        int k = end + 1, para = toks.get(end).para, cse = k;
        if (k >= toks.size()) {
            return -1;
        }
        while (cse + 1 < toks.size() && toks.get(cse + 1).para == para && cse - end < 4 * GLOSS_TOKENS) {
            cse++; // the paragraph: the sentence may have ended at the first quote's `!"`
        }
        if (k <= cse && toks.get(k).text.equals("(")) {
            while (k <= cse && !toks.get(k).text.equals(")") && k - end <= GLOSS_TOKENS) {
                if (toks.get(k).qrole != OUT) {
                    return -1;
                }
                k++;
            }
            if (k > cse || !toks.get(k).text.equals(")")) {
                return -1;
            }
            k++;
        }
        if (k + 1 > cse || !toks.get(k).low.equals("and") || toks.get(k + 1).qrole != OPEN) {
            return -1;
        }
        Tok open = toks.get(k + 1);
        Quote q = open.q >= 0 && open.q < d.quotes.size() ? d.quotes.get(open.q) : null;
        if (q == null || q.open != k + 1 || q.close < 0 || q.close + 1 > cse) {
            return -1;
        }
        String last = toks.get(q.lastInner).text, next = toks.get(q.close + 1).text;
        boolean comma = last.equals(",") || last.equals("!") || last.equals("?") || next.equals(",");
        return comma ? (next.equals(",") ? q.close + 2 : q.close + 1) : -1;
    }
}
