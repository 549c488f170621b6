package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n67b, rule comes-after-document: `The move comes after a Ledger Audit Office report found "..."`: news
 * ties an event to what caused it with `comes after`, `came amid`, `came soon after`; the clause after the
 * preposition has its own subject (the report), and `The move comes` is no part of it. The subject finder read
 * `The move comes after a ... report` as one phrase (as `Mr. Reyes of the Heron Trust`), since `comes` looks like no
 * verb by its ending; the verb of coming ends the phrase as a participle in `-ed` or `-ing` does.
 */
final class EventSequels {
    /** The finite forms of `come` (the `-ing` form ends a phrase already). */
    private static final Set<String> COME = Lexicon.words("comes come came");
    /** Adverbs between the verb and its preposition: `came soon after`, `comes just days after`. */
    private static final Set<String> DEGREE = Lexicon.words("soon shortly just only hours days weeks months");

    private EventSequels() {
    }

    /**
     * Whether the preposition at {@code prep} follows a form of `come` (maybe with a degree word after it) and opens a
     * clause of its own: not a participle (`His words came after being asked`: the phrase has no subject there).
     */
    static boolean verb(List<Tok> toks, int prep, int ss) {
        if (prep + 1 >= toks.size() || toks.get(prep + 1).low.endsWith("ing")) {
            return false;
        }
        int h = prep - 1;
        for (int k = h; k >= ss && h - k <= 2; k--) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || t.cap) {
                return false;
            }
            if (COME.contains(t.low)) {
                return true;
            }
            if (!DEGREE.contains(t.low)) {
                return false;
            }
        }
        return false;
    }
}
