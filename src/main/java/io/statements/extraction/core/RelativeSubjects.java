package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n72e: subjects that a relative clause or a prepositional phrase kept from their verb, left without a
 * speaker before: `Ames, who, after a night of talks, said`, `The magistrate at the hearing, which drew crowds, said`,
 * `Cousins of the crew who waited at the quay all night branded ...`.
 */
final class RelativeSubjects {
    /**
     * Prepositions whose phrase completes the noun before it: `Backers of the levy, however, say`; `The magistrate
     * at the hearing, which drew crowds, said`, `A spokesman for the board, who ..., said`.
     */
    private static final Set<String> OWNER_PREPOSITIONS = Lexicon.words("of in for at from");

    private RelativeSubjects() {
    }

    static boolean ownerPreposition(Tok t) {
        return t.type == WORD && OWNER_PREPOSITIONS.contains(t.low);
    }

    /**
     * `Ames, who, after a night of talks, said`: a relative pronoun set off alone by commas opens the clause whose own
     * interruption follows (`X, who, said` is no English), so the comma-interruption reader goes on past it.
     */
    static boolean loneRelative(Tok t) {
        return !t.cap && (t.low.equals("who") || t.low.equals("which"));
    }

    /**
     * Rule owner-before-relative: a restrictive `who` clause inside the subject hangs on the noun after `of`, but the
     * verb after it is the whole phrase's: `Cousins of the crew who waited at the quay all night branded ...` is the
     * cousins', not the crew's. Only after a clause of its own (more than two words between `who` and the
     * verb): in `the leader of the party who now wants` the verb may be the relative clause's. The noun phrase before
     * `who`, with its owner before `of` when there is one.
     */
    static int[] owned(List<Tok> toks, Subjects subjects, int who, int verb, int ss) {
        int[] np = subjects.npEndingAt(who - 1, ss);
        if (np == null || verb - who <= 3 || np[0] - 2 < ss || !toks.get(np[0] - 1).low.equals("of")
                || toks.get(np[0] - 1).qrole != OUT) {
            return np;
        }
        int[] owner = subjects.npEndingAt(np[0] - 2, ss);
        return owner == null ? np : new int[]{owner[0], np[1]};
    }
}
