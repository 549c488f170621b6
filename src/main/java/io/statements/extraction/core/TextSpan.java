package io.statements.extraction.core;

/** A range [start, end) of Unicode code point offsets plus the text it covers, as it stands in the input. */
public record TextSpan(int start, int end, String text) {
    public Span span() {
        return new Span(start, end);
    }
}
