package io.statements.extraction.core;

/**
 * Session n65a's diagnostic hook: when {@link Doc#pronounTrace} is set (only by the test-scope {@code PronounTraceCli}),
 * {@link PronounResolver} records for each `he`/`she` the rule that chose its antecedent, the last speaker and the last
 * person named, so the wrong choices can be counted by rule. Costs one null test a pronoun otherwise.
 */
final class PronounTrace {
    private PronounTrace() {
    }

    static Speaker why(Doc d, String rule, Speaker prev, String lastPerson, Speaker chosen) {
        if (d.pronounTrace != null) {
            d.pronounTrace.add(chosen.ms() + "\t" + rule + "\t" + chosen.name() + "\t"
                    + (prev == null ? "-" : prev.name()) + "\t" + lastPerson);
        }
        return chosen;
    }
}
