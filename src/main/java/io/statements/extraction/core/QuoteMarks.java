package io.statements.extraction.core;

/**
 * The quotation marks that enclose a statement's content belong to it: PolNeAR marks a quote with its marks (on
 * train 3,180 of the 3,198 gold contents that begin with a quote include its opening mark), and a reader sees
 * `"Quiet,"` as the quote, not `Quiet,`. Only double marks: a single mark is as often an apostrophe (`the candidates' "plan"`).
 * `segments` and `text` keep the words inside the marks.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    /** from, or the offset of the opening double mark right before it. */
    static int withOpening(String t, int from) {
        if (from > 0 && from <= t.length() && isOpening(t.charAt(from - 1))) {
            return from - 1;
        }
        return from;
    }

    /** to (exclusive), or past the closing double mark right after it. */
    static int withClosing(String t, int to) {
        if (to >= 0 && to < t.length() && isClosing(t.charAt(to))) {
            return to + 1;
        }
        return to;
    }

    private static boolean isOpening(char ch) {
        return ch == '"' || ch == '\u201c' || ch == '\u00ab' || ch == '\u201e';
    }

    private static boolean isClosing(char ch) {
        return ch == '"' || ch == '\u201d' || ch == '\u00bb';
    }
}
