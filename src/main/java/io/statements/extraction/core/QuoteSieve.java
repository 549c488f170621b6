package io.statements.extraction.core;

/**
 * One rule family for attributing a quote, in the manner of CoreNLP's quote attribution sieves. Sieves run in the
 * configured order ({@link Sieves#DEFAULT_ORDER}); each sees only the quotes the earlier ones left undecided.
 */
interface QuoteSieve {

    /** The name stamped on the statements this sieve decides. */
    String name();

    /** Decides the quote (filling its statement) and returns true, or leaves it to the next sieve. */
    boolean attribute(QuoteCandidate c);
}
