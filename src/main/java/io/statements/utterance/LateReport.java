package io.statements.utterance;

import java.time.Duration;

/**
 * Reports of one utterance come within days of each other; a report much later that is only similar is more
 * likely the speaker saying it again. Beyond {@link #NEAR} apart, only near-identical words link.
 */
final class LateReport implements LinkSieve {

    static final Duration NEAR = Duration.ofHours(72);
    static final double NEAR_IDENTICAL = 0.95;

    @Override
    public Verdict judge(Report a, Report b) {
        if (a.at() == null || b.at() == null || Gap.compare(a.at(), b.at(), NEAR) <= 0) {
            return null;
        }
        return ContainedQuote.reaches(a.text(), b.text(), NEAR_IDENTICAL) ? Verdict.SAME : Verdict.DIFFERENT;
    }

    @Override
    public String name() {
        return "LATE_REPORT";
    }
}
