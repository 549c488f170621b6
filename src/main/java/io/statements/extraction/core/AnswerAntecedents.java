package io.statements.extraction.core;

import java.util.Set;

/**
 * Session n67c, rule asker-not-answerer: `... Magistrate Dorrow, who asked whether he accepted the accusation. "Yes, your
 * honour," he answered.` A question and its answer are two turns by two people: a `he`/`she` that answers (`he
 * answered`, `she replied`) is never the person whose last statement was the question (`asked`), though that person
 * spoke last; the pronoun goes on to the resolver's other antecedents (the subject the sentences were about).
 */
final class AnswerAntecedents {
    private static final Set<String> ANSWERS = Lexicon.words("answered answers replied replies responded responds retorted");
    private static final Set<String> ASKS = Lexicon.words("asked asks");

    private AnswerAntecedents() {
    }

    /** Whether the pronoun ending at {@code me} answers and {@code prev}, the last speaker, asked the question. */
    static boolean askerOfAnswer(Doc d, Speaker prev, int me) {
        if (prev == null || me >= d.n) {
            return false;
        }
        int next = d.tokenAt(me - 1) + 1;
        if (next >= d.toks.size() || !ANSWERS.contains(d.toks.get(next).low)) {
            return false; // quick rejection: most pronouns say, not answer
        }
        for (int k = d.out.size() - 1; k >= 0 && k >= d.out.size() - 20; k--) {
            Stmt st = d.out.get(k);
            if (st.sp == prev) {
                return st.cueS >= 0 && ASKS.contains(Lexicon.lower(d.s.substring(st.cueS, st.cueE)));
            }
        }
        return false;
    }
}
