package io.statements.utterance;

/** The same words once normalised (quotes, case, punctuation, masked swear words, spoken forms). */
final class IdenticalWords implements LinkSieve {

    @Override
    public Verdict judge(Report a, Report b) {
        return a.text().length() > 0 && a.text().key.equals(b.text().key) ? Verdict.SAME : null;
    }

    @Override
    public String name() {
        return "IDENTICAL_WORDS";
    }
}
