package io.statements.extraction.core;

/** A half-open range [start, end) of Unicode code point offsets into the extracted text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
