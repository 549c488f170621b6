package io.statements.utterance;

/**
 * One rule family deciding whether two reports of one speaker report the same utterance. Sieves run in the
 * order {@link ReportMatcher} lists them; the first one with an answer decides, and the decision names it.
 */
interface LinkSieve {

    enum Verdict { SAME, DIFFERENT }

    /** SAME, DIFFERENT, or null to let the next sieve decide; {@code a} is never heavier than {@code b}. */
    Verdict judge(Report a, Report b);

    String name();
}
