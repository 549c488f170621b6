package io.statements.utterance;

import java.time.Duration;

/** Two reports that both say when the words were said, days apart, report two occasions however alike. */
final class DifferentOccasion implements LinkSieve {

    private static final Duration TOLERANCE = Duration.ofHours(48);

    @Override
    public Verdict judge(Report a, Report b) {
        if (a.statedAt() != null && b.statedAt() != null
                && Gap.compare(a.statedAt(), b.statedAt(), TOLERANCE) > 0) {
            return Verdict.DIFFERENT;
        }
        return null;
    }

    @Override
    public String name() {
        return "DIFFERENT_OCCASION";
    }
}
