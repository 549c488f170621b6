package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n63e, rule perfect-participle-after-preposition: `X denied any blame, despite having told staff that he
 * would "..."`, `after having said that ...`, `, having told reporters ...`: a perfect participle (`having` and a
 * verb of saying) opens a clause with no subject of its own, like `despite saying`; its subject is the subject of the
 * clause it hangs on. The subject finder skipped `having` as an auxiliary and returned the preposition before it
 * (`despite`) as the speaker's mention. Only after a preposition or subordinator or a comma; not at the sentence's
 * start (`Having told the court that ..., X left`), whose subject comes after the participle's clause.
 */
final class PerfectParticiples {
    /** Words a subjectless participle clause opens after. */
    private static final Set<String> OPENERS = Lexicon.words("""
            despite after before since without upon on while when by for in through though although""");

    private PerfectParticiples() {
    }

    /** Whether the cue k follows `having` at j + 1, which follows a preposition, a subordinator or a comma. */
    static boolean headless(List<Tok> toks, int j, int k, int ss) {
        if (j + 1 >= k || !toks.get(j + 1).low.equals("having")) {
            return false;
        }
        if (j < ss) {
            return false; // `Having told the court that ..., X left`: the subject comes after; left to other rules
        }
        Tok t = toks.get(j);
        return OPENERS.contains(t.low) || t.text.equals(",");
    }
}
