package io.statements.extraction.core;

import java.util.BitSet;

/**
 * Rule wrapped-lines (session n49c): wire copy and old archives wrap their text at a fixed width, a line break inside
 * a sentence (`said on Friday that Borovets "is facing` / `the punishment the law prescribes ..."`), with no blank line between
 * paragraphs. Such a break is no paragraph: the quote and the sentence run on across it. A text is wrapped when no
 * line is longer than {@link #MAX_WIDTH}, it has {@link #MIN_LINES} lines or more, and a third of its lines or more
 * nearly fill the widest (the rest end paragraphs); a break in it is a wrap when the next line's first word would not have fitted on the line before (a
 * writer ends a paragraph where the line still had room). Texts with long lines (paragraphs one a line, nearly all
 * news) are not looked at past their first long line. Rule wrapped-lines-width (session n50c): the widest line is read
 * among lines a next line follows in their paragraph; a headline or a paragraph's last line sets no width (a headline
 * wider than the body had hidden every wrap).
 */
final class WrappedLines {
    /** Wider lines are paragraphs written one a line, not a wrapped text. */
    static final int MAX_WIDTH = 100;
    private static final int MIN_WIDTH = 50;
    private static final int MIN_LINES = 5;
    /** How far short of the widest line a full line may end (a long word carried to the next line). */
    private static final int SLACK = 16;

    private WrappedLines() {
    }

    /**
     * The offsets of the line breaks in {@code s} that are wraps, not paragraph breaks (a fixed-width wrap, or a
     * report split after its cue: {@link SplitReports}); null when there are none.
     */
    static BitSet wraps(String s) {
        BitSet width = widthWraps(s), split = SplitReports.breaks(s);
        if (width == null || split == null) {
            return width == null ? split : width;
        }
        width.or(split);
        return width;
    }

    private static BitSet widthWraps(String s) {
        int n = s.length(), widest = 0, lines = 0;
        for (int start = 0; start < n; ) {
            int end = lineEnd(s, start);
            int len = width(s, start, end);
            if (len > MAX_WIDTH) {
                return null;
            }
            if (end + 1 < n && firstWord(s, end + 1) > 0) { // a headline or a paragraph's last line sets no width
                widest = Math.max(widest, len);
            }
            lines += len > 0 ? 1 : 0;
            start = end + 1;
        }
        if (lines < MIN_LINES || widest < MIN_WIDTH) {
            return null;
        }
        int full = 0;
        for (int start = 0; start < n; start = lineEnd(s, start) + 1) {
            full += width(s, start, lineEnd(s, start)) >= widest - SLACK ? 1 : 0;
        }
        if (full * 3 < lines) {
            return null;
        }
        BitSet wraps = new BitSet();
        for (int start = 0; start < n; ) {
            int end = lineEnd(s, start);
            int len = width(s, start, end), next = end + 1;
            if (len > 0 && next < n) {
                int word = firstWord(s, next);
                if (word > 0 && len + 1 + word > widest) {
                    wraps.set(end);
                }
            }
            start = next;
        }
        return wraps.isEmpty() ? null : wraps;
    }

    private static int lineEnd(String s, int start) {
        int end = s.indexOf('\n', start);
        return end < 0 ? s.length() : end;
    }

    /** The line's length without trailing spaces and carriage return. */
    private static int width(String s, int start, int end) {
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    /** The length of the next line's first word, 0 when the line is blank or starts with a space. */
    private static int firstWord(String s, int from) {
        int k = from;
        while (k < s.length() && !Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return k - from;
    }
}
