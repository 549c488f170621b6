package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** Stage 2: pairs double quotation marks into quotes (open, close, continued paragraphs, unbalanced marks),
 * and single marks in short headline-like paragraphs. */
final class QuotePairing {
    private final Doc d;
    private final String s;
    private final int n;
    private final List<Tok> toks;

    QuotePairing(Doc d) {
        this.d = d;
        this.s = d.s;
        this.n = d.n;
        this.toks = d.toks;
    }

    char charAt(int i) {
        return i >= 0 && i < n ? s.charAt(i) : '\n';
    }

    /** 1 open, 2 close, 0 ambiguous. */
    int hint(Tok t) {
        char ch = s.charAt(t.s);
        boolean prevSpace = spaceLike(charAt(t.s - 1));
        boolean nextSpace = closeFollow(charAt(t.e));
        if (prevSpace && !nextSpace) {
            return 1;
        }
        if (!prevSpace && nextSpace) {
            return 2;
        }
        if (ch == '\u201c' || ch == '\u201e' || ch == '\u00ab') {
            return 1;
        }
        if (ch == '\u201d' || ch == '\u00bb') {
            return 2;
        }
        return 0;
    }

    void pairQuotes() {
        int open = -1;
        int size = toks.size();
        for (int i = 0; i < size; i++) {
            Tok t = toks.get(i);
            if (open >= 0 && i > 0 && t.para != toks.get(i - 1).para) {
                // paragraph changed with an open quote: continued when the new paragraph reopens
                if (t.type == DQ && hint(t) != 2) {
                    t.qrole = REOPEN;
                    continue;
                }
                if (t.type != DQ && closedWithoutReopening(i)) {
                    continue; // the paragraph's words are the quote's, up to its closer
                }
                finishQuote(open, -1, i - 1);
                open = -1;
            }
            if (t.type != DQ) {
                continue;
            }
            int h = hint(t);
            if (open < 0 && h == 1 && nickname(i)) {
                toks.subList(i, i + 3).clear(); // the name reads as if written without its nickname
                size -= 3;
                nextDq = null;
                i--;
                continue;
            }
            if (open < 0) {
                int lost = h == 2 && !gluedOpener(t) ? LostOpeners.start(toks, i) : -1;
                if (lost >= 0) {
                    finishLostOpener(lost, i); // session n51d: `There was a bang,” Ana Ruiz said.`
                } else if (h != 2 || gluedOpener(t)) {
                    open = i;
                }
                continue;
            }
            if (h == 1 && laterMarkInPara(i)) {
                continue; // a stray or nested opener; keep the outer quote open
            }
            finishQuote(open, i, i - 1);
            open = -1;
        }
        if (open >= 0) {
            finishQuote(open, -1, size - 1);
        }
    }

    /**
     * Rule quoted-nickname (session names22): `Juan "Chico" Ortiz`, `John “Tig” Tiegen`, `C.L. "Butch" Otter`: one
     * capitalised word in quotation marks between a first name (or initials) and a capitalised word is a nickname,
     * neither a quote nor a break in the name; its three tokens are dropped so the name is one run (`Juan Ortiz`) and
     * the next `he said` finds him. Not after other words (`She Felt "Invisible" As`, `NBC's "Nightly News."`).
     */
    private boolean nickname(int i) {
        if (i == 0 || i + 3 >= toks.size()) {
            return false;
        }
        Tok before = toks.get(i - 1);
        Tok nick = toks.get(i + 1);
        Tok close = toks.get(i + 2);
        Tok after = toks.get(i + 3);
        if (before.type != WORD || !before.cap || nick.type != WORD || !nick.cap || close.type != DQ
                || after.type != WORD || !after.cap || after.para != before.para || before.e + 1 != toks.get(i).s
                || close.s != nick.e || after.s != close.e + 1 || s.charAt(close.e) != ' ') {
            return false;
        }
        String w = before.text;
        boolean initials = w.length() <= 4 && w.endsWith(".") && Character.isUpperCase(w.charAt(w.length() - 2));
        return initials || PersonGenders.isFirstName(before.low);
    }

    /**
     * Rule glued-reversed-opener (session names45): `... ," Berg said.”I remain confident ...”`: with no quote open, a
     * closing-looking mark glued to the capital letter after it (a space lost in the copy) opens the next quote; it
     * closes nothing, and was dropped, so the quote was lost.
     */
    private boolean gluedOpener(Tok t) {
        char next = charAt(t.e);
        return Character.isUpperCase(next) && !Character.isWhitespace(charAt(t.s - 1));
    }

    /**
     * Rule closer-without-reopening (session n49c): `“Nobody has forced my hand ...` ends a paragraph with its quote
     * open, and the next paragraph, `I ask the assembly ... by the rules.” Concluded the letter.`, closes it without opening
     * again (web copy of a letter or speech set out over paragraphs): when the first double mark of the paragraph
     * starting at token {@code i} is a closer after {@link #CLOSING_WORDS} words or more, the open quote runs on through
     * it, one quote with one speaker. A paragraph whose first mark opens a quote, or that has no mark, ends the quote as
     * before, and so does a short one: a pull quote signed inside its marks (`"...` / `Dana Reyes, an economist."`).
     */
    private boolean closedWithoutReopening(int i) {
        laterMarkInPara(i - 1); // fills nextDq
        int j = nextDq[i];
        if (j < 0 || toks.get(j).para != toks.get(i).para || hint(toks.get(j)) != 2 || gluedOpener(toks.get(j))) {
            return false;
        }
        int words = 0;
        for (int k = i; k < j && words < CLOSING_WORDS; k++) {
            words += toks.get(k).type == WORD ? 1 : 0;
        }
        return words >= CLOSING_WORDS;
    }

    /** Words a paragraph that closes a quote it did not open holds before its closer. */
    private static final int CLOSING_WORDS = 10;

    int[] nextDq;

    boolean laterMarkInPara(int i) {
        if (nextDq == null) {
            nextDq = new int[toks.size() + 1];
            nextDq[toks.size()] = -1;
            for (int j = toks.size() - 1; j >= 0; j--) {
                nextDq[j] = toks.get(j).type == DQ ? j : nextDq[j + 1];
            }
        }
        int j = nextDq[i + 1];
        return j >= 0 && toks.get(j).para == toks.get(i).para;
    }

    /** A quote whose opening mark was lost: its first word stands for the mark ({@link LostOpeners}). */
    private void finishLostOpener(int first, int close) {
        finishQuote(first, close, close - 1);
        d.quotes.get(d.quotes.size() - 1).cs = toks.get(first).s;
    }

    void finishQuote(int open, int close, int lastInner) {
        if (lastInner <= open) {
            return;
        }
        Quote q = new Quote();
        q.id = d.quotes.size();
        q.open = open;
        q.close = close;
        q.balanced = close >= 0;
        q.lastInner = lastInner;
        int first = open + 1;
        while (first <= lastInner && toks.get(first).qrole == REOPEN) {
            first++;
        }
        if (first > lastInner) {
            return;
        }
        q.cs = toks.get(first).s;
        q.ce = toks.get(lastInner).e;
        d.quotes.add(q);
        toks.get(open).q = q.id;
        toks.get(open).qrole = OPEN;
        if (close >= 0) {
            toks.get(close).q = q.id;
            toks.get(close).qrole = CLOSE;
        }
        for (int j = open + 1; j <= lastInner; j++) {
            Tok t = toks.get(j);
            t.q = q.id;
            if (t.qrole != REOPEN) {
                t.qrole = INSIDE;
            }
        }
    }

    /**
     * Single quotation marks: every single-marked quote of an article that quotes in single marks
     * ({@link SingleMarkQuotes}), else those in short, headline-like paragraphs: Anti-aircraft system 'sold to Syria'.
     */
    void pairSingleQuotes() {
        if (!new SingleMarkQuotes(d, this).pairWhenArticleQuotesInSingleMarks()) {
            pairHeadlineSingleQuotes();
            SingleMarkCues.pair(d, this); // n67f: `was 'unanimous' said the board`
        }
        renumberQuotes();
    }

    private void pairHeadlineSingleQuotes() {
        int i = 0;
        int size = toks.size();
        while (i < size) {
            int p = toks.get(i).para;
            int j = i;
            int words = 0;
            boolean hasDq = false;
            while (j < size && toks.get(j).para == p) {
                Tok t = toks.get(j);
                if (t.type == WORD) {
                    words++;
                }
                if (t.qrole != OUT) {
                    hasDq = true;
                }
                j++;
            }
            if (words <= 30 && !hasDq) {
                int open = -1;
                for (int k = i; k < j; k++) {
                    Tok t = toks.get(k);
                    if (t.type != SQ) {
                        continue;
                    }
                    boolean prevSpace = spaceLike(charAt(t.s - 1));
                    boolean nextWord = isWordChar(charAt(t.e));
                    if (open < 0) {
                        if (prevSpace && nextWord) {
                            open = k;
                        }
                    } else if (!prevSpace && closeFollow(charAt(t.e)) && k - open > 1) {
                        finishQuote(open, k, k - 1);
                        d.quotes.get(d.quotes.size() - 1).single = true;
                        open = -1;
                    }
                }
            }
            i = j;
        }
    }

    /** Quotes in text order, each id its place in d.quotes, and its tokens' q with it. */
    void renumberQuotes() {
        d.quotes.sort((a, b) -> Integer.compare(a.open, b.open));
        for (int k = 0; k < d.quotes.size(); k++) {
            Quote q = d.quotes.get(k);
            if (q.id != k) {
                int old = q.id;
                q.id = k;
                for (int t = q.open; t <= Math.max(q.close, q.lastInner); t++) {
                    if (toks.get(t).q == old) {
                        toks.get(t).q = -2 - k; // temporary
                    }
                }
            }
        }
        for (Tok t : toks) {
            if (t.q <= -2) {
                t.q = -2 - t.q;
            }
        }
    }
}
