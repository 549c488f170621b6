package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n72e: cue words whose reading depends on the words around them, split out of {@link Cues}: a ruling that
 * states a finding, and the characterising verbs of `what he called "..."` (with their British spellings and
 * `branded`, so that `what one of them branded "..."` belongs to its own subject as `called` does).
 */
final class RulingCues {
    private static final Set<String> CHARACTERISING = Lexicon.words("""
            called calls described describes dubbed termed labeled labelled branded characterised characterized""");

    private RulingCues() {
    }

    /**
     * Rule ruling-that (session n72e): `the court ruled that the vote was "not duly held"`, `Judge X ruled that the
     * firm failed to "..."`: a ruling states its finding as a verb of saying does; only the past form before `that`
     * and a word (not `ruled that out`, where `that` is the object; `rules that` is too often the noun).
     */
    static boolean rulingThat(List<Tok> toks, int i) {
        if (i + 2 >= toks.size() || !toks.get(i + 1).low.equals("that") || toks.get(i + 1).qrole != OUT) {
            return false;
        }
        String after = toks.get(i + 2).low;
        return !after.equals("out") && !after.equals("off") && toks.get(i + 2).type == WORD;
    }

    /** `what he called`, `which it calls`: a characterisation inside a relative clause. */
    static boolean relativeCharacterisation(List<Tok> toks, int cue) {
        if (!CHARACTERISING.contains(toks.get(cue).low)) {
            return false;
        }
        for (int m = cue - 1; m >= 0 && cue - m <= 6; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.type != WORD) {
                return false;
            }
            if (t.low.equals("what") || t.low.equals("which")) {
                return m < cue - 1;
            }
        }
        return false;
    }
}
