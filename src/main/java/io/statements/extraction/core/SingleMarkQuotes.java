package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/**
 * Rule single-mark-quotes (session names37): British, Gulf, South Asian and African outlets quote in single marks
 * (`'We will not back down,' the minister said.`, `‘It is over,’ she told reporters.`). An article quotes that way
 * when its single-marked stretches of three words or more outside double marks outnumber its double-marked ones
 * (and it is no interview: see {@link #labelledParagraphs}); then every single-marked stretch is a quote like a
 * double-marked one (the sieves read it the same way), a double-marked stretch inside it is a quote within the quote,
 * and a quote whose paragraph ends open (three words on) goes on when the next paragraph opens with a single mark
 * again. An American article (double marks, single ones only for quotes within quotes) keeps the headline-only pairing
 * of {@link QuotePairing#pairSingleQuotes}.
 * <p>
 * A single mark is also the apostrophe, so: it opens only before a word and after a space, a bracket, a dash, a colon
 * or a double mark, and not as an elision (`the '90s`, `'em`); a curly `’` never opens and a curly `‘` never closes;
 * it closes only after a word or punctuation and before a space or punctuation, and a plural possessive inside the
 * quote (`the farmers' demands`) does not close it: after an `s` the next word must attribute it
 * (`'...the players' he said`). The pair holds two words or more, or one ending in punctuation (`'No,' she said`), so
 * one-word scare quotes (`so-called 'reforms'`, closed and dropped) and `rock 'n' roll` stay apostrophes. One pass
 * over the tokens: linear on any input.
 */
final class SingleMarkQuotes {

    /** A pair of single marks found by the scan: token indices, and the paragraphs' reopening marks between them. */
    private record Pair(int open, int close, int lastInner, List<Integer> reopens) {
    }

    private final Doc d;
    private final String s;
    private final List<Tok> toks;
    private final QuotePairing pairing;

    SingleMarkQuotes(Doc d, QuotePairing pairing) {
        this.d = d;
        this.s = d.s;
        this.toks = d.toks;
        this.pairing = pairing;
    }

    /** Pairs the article's single marks when it quotes in them; false (and nothing changed) when it does not. */
    boolean pairWhenArticleQuotesInSingleMarks() {
        if (d.singleMarks == 0) {
            return false; // most articles: no pair can open (a plural possessive's mark follows its word), nothing to scan
        }
        List<Pair> pairs = scan();
        int singles = 0;
        for (Pair p : pairs) {
            if (wordsBetween(p.open, p.lastInner) >= 3) {
                singles++;
            }
        }
        if (singles == 0) {
            return false;
        }
        boolean[] nested = new boolean[d.quotes.size()];
        int doubles = 0;
        int pi = 0;
        for (int qi = 0; qi < d.quotes.size(); qi++) { // both lists run in text order
            Quote q = d.quotes.get(qi);
            while (pi < pairs.size() && end(pairs.get(pi)) < q.open) {
                pi++;
            }
            nested[qi] = pi < pairs.size() && q.open > pairs.get(pi).open;
            if (!nested[qi] && wordsBetween(q.open, q.lastInner) >= 3) {
                doubles++;
            }
        }
        if (singles <= doubles || labelledParagraphs() >= 2) {
            return false;
        }
        // a double-marked quote inside a single-marked one is a quote within it, no statement of its own
        List<Quote> kept = new ArrayList<>();
        for (int qi = 0; qi < nested.length; qi++) {
            Quote q = d.quotes.get(qi);
            if (!nested[qi]) {
                kept.add(q);
                continue;
            }
            for (int i = q.open; i <= Math.max(q.close, q.lastInner); i++) {
                toks.get(i).q = -1;
                toks.get(i).qrole = OUT;
            }
        }
        d.quotes.clear();
        d.quotes.addAll(kept);
        pairing.renumberQuotes();
        d.quotesInSingleMarks = true;
        for (Pair p : pairs) {
            for (int r : p.reopens) {
                toks.get(r).qrole = REOPEN;
            }
            int before = d.quotes.size();
            pairing.finishQuote(p.open, p.close, p.lastInner);
            if (d.quotes.size() > before && inHeading(p)) {
                d.quotes.get(before).single = true; // read like a headline's quote: a cue or the headline sieve
            }
        }
        return true;
    }

    /**
     * Paragraphs of an interview or transcript (`Q: ...`, `Lopez: ...`): a label of one to four capitalised words, a
     * colon, then unmarked speech. There every single-marked stretch is a quote within the speech, whatever marks
     * the article's few quotes use.
     */
    private int labelledParagraphs() {
        int labelled = 0;
        for (int i = 0; i < toks.size() && labelled < 2; ) {
            int k = i, p = toks.get(i).para;
            while (k < toks.size() && k - i < 4 && toks.get(k).type == WORD && toks.get(k).cap
                    && toks.get(k).para == p) {
                k++;
            }
            if (k > i && k + 1 < toks.size() && toks.get(k).text.equals(":") && toks.get(k + 1).para == p
                    && toks.get(k + 1).type == WORD) {
                labelled++;
            }
            while (i < toks.size() && toks.get(i).para == p) {
                i++;
            }
        }
        return labelled;
    }

    /**
     * A quote in a heading (`3. FOR RIVER TOWNS 'THE WORST IS OVER'`): a short paragraph whose words outside the
     * quote are all capitalised. It keeps the headline-like reading of the headline-only pairing.
     */
    private boolean inHeading(Pair pair) {
        int para = toks.get(pair.open).para, end = end(pair);
        int from = pair.open;
        while (from > 0 && toks.get(from - 1).para == para) {
            if (pair.open - --from > HEADING_TOKENS) {
                return false; // a long paragraph (and a bound on the walk in one of a thousand quotes)
            }
        }
        int outside = 0;
        for (int i = from; i < toks.size() && toks.get(i).para == para; i++) {
            Tok t = toks.get(i);
            if (i - from > HEADING_TOKENS + end - pair.open) {
                return false;
            }
            if (i >= pair.open && i <= end || t.type != WORD) {
                continue;
            }
            if (!t.cap && !Character.isDigit(t.text.charAt(0))) {
                return false;
            }
            outside++;
        }
        return outside > 0 && outside + wordsBetween(pair.open, end) <= 30;
    }

    /** More tokens outside its quote than a heading of thirty words has. */
    private static final int HEADING_TOKENS = 60;

    private static int end(Pair p) {
        return Math.max(p.close, p.lastInner);
    }

    private int wordsBetween(int from, int to) {
        int words = 0;
        for (int i = from + 1; i <= to; i++) {
            if (toks.get(i).type == WORD) {
                words++;
            }
        }
        return words;
    }

    /** The single-marked pairs outside double marks, in one pass. */
    private List<Pair> scan() {
        List<Pair> pairs = new ArrayList<>();
        int open = -1;
        int words = 0; // words since the opener
        List<Integer> reopens = new ArrayList<>();
        for (int k = 0; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (open >= 0 && t.para != toks.get(k - 1).para) {
                if (t.type == SQ && t.qrole == OUT && opens(k) && words >= 3) {
                    reopens.add(k); // the quote goes on in this paragraph
                    continue;
                }
                if (!reopens.isEmpty()) {
                    pairs.add(new Pair(open, -1, k - 1, List.copyOf(reopens))); // a long quote never closed
                }
                open = -1;
                reopens.clear();
            }
            if (t.type == WORD) {
                words++;
                continue;
            }
            if (t.qrole != OUT || t.type != SQ && t.type != DQ) {
                continue; // words, and the marks of double-marked quotes
            }
            if (open >= 0 && closes(k)) {
                if (enoughWords(words, k)) {
                    pairs.add(new Pair(open, k, k - 1, List.copyOf(reopens)));
                }
                open = -1; // a one-word scare quote (`the 'Irish' question`) is closed too, and no quote
                reopens.clear();
            } else if (t.type == SQ && opens(k)) {
                open = k; // a later opener before any closer: the earlier mark was an apostrophe
                words = 0;
                reopens.clear();
            }
        }
        if (open >= 0 && !reopens.isEmpty()) {
            pairs.add(new Pair(open, -1, toks.size() - 1, List.copyOf(reopens)));
        }
        return pairs;
    }

    private char at(int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\n';
    }

    /** A mark before a word (or an ellipsis), after a space, bracket, dash, colon or double mark; no elision. */
    private boolean opens(int k) {
        Tok t = toks.get(k);
        char ch = s.charAt(t.s);
        boolean ellipsis = at(t.e) == '\u2026' || at(t.e) == '.' && at(t.e + 1) == '.'; // `'...and then we will'`
        if (ch == '\u2019' || !spaceLike(at(t.s - 1)) || !isWordChar(at(t.e)) && !ellipsis) {
            return false;
        }
        if (Character.isDigit(at(t.e)) && Character.isDigit(at(t.e + 1)) && !isWordChar(at(t.e + 2))
                || Character.isDigit(at(t.e)) && Character.isDigit(at(t.e + 1)) && at(t.e + 2) == 's') {
            return false; // `the '90s`, `class of '16`
        }
        Tok next = k + 1 < toks.size() ? toks.get(k + 1) : null;
        return next == null || !ELISIONS.contains(next.low);
    }

    /** Words whose dropped first letters a leading apostrophe marks: `'em`, `'til`, `rock 'n' roll`. */
    private static final Set<String> ELISIONS = Lexicon.set("em", "til", "cause", "cos", "n", "tis",
            "twas", "bout");

    /**
     * A single mark (or a double one no double-marked quote took: `'...," added the official`) after a word or
     * punctuation and before a space, punctuation or the end; after a plural's `s` and before a word, only when that
     * word attributes the quote (a speech verb that is no plural noun, a pronoun, a capitalised word, `according`) or
     * is a function word no possessed noun is (`and`, `for`, `the`): `the farmers' demands` is a possessive.
     */
    private boolean closes(int k) {
        Tok t = toks.get(k);
        char ch = s.charAt(t.s);
        if (ch == '\u2018' || spaceLike(at(t.s - 1)) || !closeFollow(at(t.e))) {
            return false;
        }
        char prev = at(t.s - 1);
        if ((prev == 's' || prev == 'S') && at(t.e) == ' ' && k + 1 < toks.size() && pluralBefore(k)) {
            Tok next = toks.get(k + 1);
            return next.type != WORD || next.para != t.para || next.cap || next.has(WordBits.ACCORDING)
                    || Lexicon.SUBJECT_PRONOUNS.contains(next.low) || Lexicon.isUnambiguousSpeechVerb(next)
                    || next.has(WordBits.CLAUSE_WORD) || Lexicon.PREPOSITIONS.contains(next.low)
                    || Lexicon.DETERMINERS.contains(next.low); // `'a hard read for all of us' and said`
        }
        return true;
    }

    /** The word before the mark may be a plural noun: not `us`, `this`, `crisis`, `class`, `was`, `always`. */
    private boolean pluralBefore(int k) {
        Tok w = toks.get(k - 1);
        return w.type == WORD && !w.low.endsWith("ss") && !w.low.endsWith("us") && !w.low.endsWith("is")
                && !NOT_PLURALS.contains(w.low);
    }

    /** Words ending in `s` that are no plural nouns and end no other way the test above knows. */
    private static final Set<String> NOT_PLURALS = Lexicon.set("was", "has", "as", "does", "always", "perhaps", "yes",
            "its", "news", "whereas", "towards", "besides", "sometimes", "ours", "yours", "theirs", "hers");

    /** Two words or more, or one that ends in punctuation (`'No,' she said`): one-word scare quotes do not pair. */
    private boolean enoughWords(int words, int close) {
        char last = at(toks.get(close).s - 1);
        return words >= 2 || words == 1 && (last == ',' || last == '.' || last == '!' || last == '?');
    }
}
