package io.statements.extraction.core;

/** A pair of quotation marks (or an unbalanced opener) and the words between them. */
final class Quote {
    int id, open, close = -1;   // token indices; close -1 when unbalanced
    int cs, ce;                 // content chars
    boolean single, balanced = true;
    int lastInner;              // last token inside
}
