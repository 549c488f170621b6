package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * A name's document or words as the subject (session names16): `From Bush's Facebook post: "..."`, `Ryan's language in
 * the statement makes clear that ...`, `the senator's statement said`. Whose words they are is the possessor, not the
 * platform the post was on (`Facebook`) nor a group called `Ryan's language`.
 */
final class PossessorAuthors {
    /** Nouns for someone's words besides the documents ({@link Lexicon#DOC_NOUNS}). */
    static final Set<String> WORDS_NOUNS = Lexicon.words("""
            language rhetoric tone words remarks remark comments comment wording message account response reply
            answer testimony speech""");

    private final List<Tok> toks;
    private final NameIndex names;

    PossessorAuthors(Doc d) {
        this.toks = d.toks;
        this.names = d.names;
    }

    /**
     * Whose words the head at {@code end} are: a capitalised possessor ({@link #possessor}), else (session names35,
     * rule described-possessor) a definite description ending in a possessive, `The Florida senator's answer was
     * that ...`, `the mayor's remarks`, for the description rules to resolve; else null.
     */
    int[] owner(int a, int end) {
        int[] named = possessor(a, end);
        if (named != null || !toks.get(a).low.equals("the")) {
            return named;
        }
        for (int k = a + 1; k < end && k - a <= 4; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.qrole != OUT) {
                return null;
            }
            if (Words.endsWithPossessive(t)) {
                return t.cap || k != end - 1 ? null : new int[]{a, k}; // `the senator's answer`, not `the senator's own`
            }
        }
        return null;
    }

    /**
     * The capitalised run ending in a possessive that owns the head at {@code end} (at most three words between:
     * `Bush's Facebook post`, `Ryan's language`, `Marsh's latest written statement`), else null. The possessor must be
     * a capitalised name: `the mayor's letter` is left to the title rules.
     */
    int[] possessor(int a, int end) {
        for (int k = end - 1; k >= a && end - k <= 4; k--) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.qrole != OUT) {
                return null;
            }
            if (Words.endsWithPossessive(t)) {
                if (!t.cap) {
                    return null;
                }
                int i = k;
                while (i - 1 >= a && toks.get(i - 1).type == WORD && toks.get(i - 1).cap
                        && !Words.endsWithPossessive(toks.get(i - 1))) {
                    i--;
                }
                while (i < k && names.isSentenceInitialNoise(i)) {
                    i++; // `From Bush's`: the preposition opening the sentence is no part of the name
                }
                return names.isSentenceInitialNoise(i) ? null : new int[]{i, k};
            }
        }
        return null;
    }
}
