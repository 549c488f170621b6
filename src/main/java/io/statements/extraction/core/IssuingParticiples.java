package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n74c, rule issuing-participle: a document issued in a participle phrase hanging on its issuer's clause
 * (`The council, after issuing a notice on Tuesday, ...`, `The firm responded by releasing a statement`) has the
 * clause's subject as issuer, as a finite `issued` would give it. Only after a preposition or conjunction (`after`,
 * `by`, `before`, `in`, `on`, `upon`, `when`, `while`) or opening the sentence (`Releasing a statement, the board
 * ...`), so the `-ing` is the subject's own act, not a modifier (`the issuing bank`) or another subject's progressive.
 */
final class IssuingParticiples {
    /** Gerunds of the verbs that issue a document (`issuing`, `releasing`, `publishing`). */
    private static final Set<String> GERUNDS = Lexicon.words("""
            issuing releasing publishing sending posting circulating signing submitting lodging filing""");
    /** Words a gerund of the subject's own act follows: `after issuing`, `by releasing`. */
    private static final Set<String> BEFORE = Lexicon.words("after by before in when while upon on");

    private IssuingParticiples() {
    }

    /** Whether the word at {@code m} is an issuing gerund the subject performs. */
    static boolean gerund(List<Tok> toks, int m, int ss) {
        Tok t = toks.get(m);
        if (t.cap && m != ss || !GERUNDS.contains(t.low)) {
            return false;
        }
        return m == ss || BEFORE.contains(toks.get(m - 1).low) && toks.get(m - 1).type == Tok.WORD;
    }
}
