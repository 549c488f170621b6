package io.statements.extraction.core;

/**
 * The quotation marks that enclose a statement's content belong to it: PolNeAR marks a quote with its marks (on
 * train 3,180 of the 3,198 gold contents that begin with a quote include its opening mark), and a reader sees
 * `"Quiet,"` as the quote, not `Quiet,`. Single marks only in an article that quotes in them (rule
 * single-mark-quotes), where they start or end a word at the content's edge; elsewhere a single mark is as often an
 * apostrophe or a quote within a quote.
 * `segments` and `text` keep the words inside the marks.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    /** from, or the offset of the opening mark right before it. */
    static int withOpening(String t, int from, boolean singleMarks) {
        if (from > 0 && from <= t.length() && (isOpening(t.charAt(from - 1))
                || singleMarks && isSingleOpening(t, from - 1))) {
            return from - 1;
        }
        return from;
    }

    /** to (exclusive), or past the closing mark right after it. */
    static int withClosing(String t, int to, boolean singleMarks) {
        if (to > 0 && to < t.length() && (isClosing(t.charAt(to)) || singleMarks && isSingleClosing(t, to))) {
            return to + 1;
        }
        return to;
    }

    /**
     * Rule single-mark-quotes (session names37): a single mark right before the content that starts a word (after a
     * space, a bracket, a dash or the start) opens its quote (`'We will not back down,'`); an apostrophe inside a word
     * is part of the word, so the content cannot start right after one.
     */
    private static boolean isSingleOpening(String t, int i) {
        char ch = t.charAt(i);
        return (ch == '\'' || ch == '\u2018') && (i == 0 || Words.spaceLike(t.charAt(i - 1)));
    }

    /** A single mark right after the content, after punctuation or a word and before a space or the end, closes it. */
    private static boolean isSingleClosing(String t, int i) {
        char ch = t.charAt(i);
        return (ch == '\'' || ch == '\u2019') && !Words.spaceLike(t.charAt(i - 1))
                && (i + 1 == t.length() || Words.closeFollow(t.charAt(i + 1)));
    }

    private static boolean isOpening(char ch) {
        return ch == '"' || ch == '\u201c' || ch == '\u00ab' || ch == '\u201e';
    }

    private static boolean isClosing(char ch) {
        return ch == '"' || ch == '\u201d' || ch == '\u00bb';
    }

    /**
     * Rule doubled-curly-singles (session n66f): some wire copy sets a double quotation mark as two curly single marks
     * (`called the ruling ‘‘shameful’’ and ...`); two like marks in a row are one double mark, as two
     * straight apostrophes are (three in a row are a quote within a quote's edge, not one mark).
     */
    static boolean doubledSingle(String s, int i) {
        char c = s.charAt(i);
        return (c == '\u2018' || c == '\u2019') && i + 1 < s.length() && s.charAt(i + 1) == c
                && (i + 2 >= s.length() || s.charAt(i + 2) != c) && (i == 0 || s.charAt(i - 1) != c);
    }

    /**
     * Rule tex-double-marks (session names45): text set in TeX or typewriter style opens a quote with two backquotes
     * and closes it with two apostrophes (``fringe minority'', ``We will,'' she said); the two backquotes are one
     * double mark, which pairs with the two apostrophes (they were two stray punctuation tokens, so no quote opened).
     */
    static boolean twoBackquotes(String s, int i) {
        return i + 1 < s.length() && s.charAt(i) == '`' && s.charAt(i + 1) == '`';
    }
}
