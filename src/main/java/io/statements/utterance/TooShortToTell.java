package io.statements.utterance;

/**
 * A fragment of fewer than two content words ("sorrow", "in any way") occurs in too many reports to say which one
 * it comes from: unless identical (decided before), it stays apart.
 */
final class TooShortToTell implements LinkSieve {

    static final double MIN_WEIGHT = 2.0;

    @Override
    public Verdict judge(Report a, Report b) {
        return a.text().weight < MIN_WEIGHT ? Verdict.DIFFERENT : null;
    }

    @Override
    public String name() {
        return "TOO_SHORT";
    }
}
