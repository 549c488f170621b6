package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule possessed-claim (session names28): `a question about her claim that she "never ..."`, `such as his recent
 * claim that ...`: a noun of saying owned by a possessive is the owner's statement; it had no subject (the noun is
 * no verb), so the speaker was none. The owner is the possessive pronoun resolved, or the capitalised name before
 * `'s` (`Holt's assertion that ...`).
 */
final class PossessedClaims {

    private static final Set<String> NOUNS = Lexicon.words("""
            claim claims assertion assertions contention insistence remark remarks comment comments statement
            statements promise pledge vow warning argument suggestion accusation charge admission prediction""");
    private static final Set<String> POSSESSIVE_PRONOUNS = Lexicon.words("his her their its");

    private final Doc d;

    PossessedClaims(Doc d) {
        this.d = d;
    }

    /** The owner of the noun of saying at cue (at most two adjectives between: `his recent public claim`), or null. */
    Speaker owner(int cue, int ss) {
        Tok noun = d.toks.get(cue);
        if (noun.type != WORD || noun.cap || noun.qrole != OUT || !NOUNS.contains(noun.low)) {
            return null;
        }
        for (int m = cue - 1; m >= ss && cue - m <= 3; m--) {
            Tok t = d.toks.get(m);
            if (t.type != WORD || t.qrole != OUT) {
                return null;
            }
            if (POSSESSIVE_PRONOUNS.contains(t.low)) {
                return d.resolver.resolvePossessivePronoun(m);
            }
            if (Words.endsWithPossessive(t)) {
                if (!t.cap) {
                    return null; // `the mayor's claim`: left to the title rules
                }
                int[] np = d.subjects.npEndingAt(m, ss);
                return np == null ? null : d.resolver.resolve(np[0], np[1]);
            }
            if (t.cap || Lexicon.DETERMINERS.contains(t.low) || Lexicon.PREPOSITIONS.contains(t.low)
                    || d.cueLex.isCueTok(m)) {
                return null;
            }
        }
        return null;
    }
}
