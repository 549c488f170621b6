package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule quote-is-how-x-said (session n65f): `"Shocked and saddened" is how Harbour Co. chief Ada Lind said she felt`,
 * `"A betrayal" was what Tom Reyes called the deal`, `"..." is how the mayor put it`. In a reversed pseudo-cleft the
 * quote is the complement of the verb of saying in the `how`/`what` clause after `is`/`was`; that verb's subject is
 * the speaker, not whatever opens the sentence before the quote (a dateline, a place). Only right after the quote's
 * closing mark and with the cue within eight words of `how`/`what`.
 */
final class ReversePseudoClefts {
    private ReversePseudoClefts() {
    }

    private static final Set<String> BE = Lexicon.words("is was");
    private static final Set<String> PASSIVE_BE = Lexicon.words("is was are were be been being");
    /** `how many`, `how much`: a question of quantity, no cleft of manner. */
    private static final Set<String> QUANTITY = Lexicon.words("many much long often far");
    private static final Set<String> WH = Lexicon.words("how what");
    /** Verbs that name or characterise the quote: its words are what the subject calls it. */
    private static final Set<String> NAMING = Lexicon.words("put called described termed dubbed labelled labeled");

    /** [start, end] of the speaker's noun phrase and the cue as a third element, or null. */
    static int[] subject(Doc d, int qEndTok, int se) {
        List<Tok> toks = d.toks;
        int be = qEndTok + 1;
        if (be + 2 > se || !BE.contains(toks.get(be).low) || !WH.contains(toks.get(be + 1).low)
                || toks.get(be).qrole != OUT || QUANTITY.contains(toks.get(be + 2).low)) {
            return null;
        }
        for (int k = be + 3; k <= se && k - be <= 10; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.qrole != OUT) {
                return null;
            }
            if (d.cueLex.isCueTok(k) && d.cueLex.isSpeech(k) && !d.cueLex.isParticiple(k) || NAMING.contains(t.low)) {
                if (PASSIVE_BE.contains(toks.get(k - 1).low)) {
                    return null; // `is what the film is called`: a passive names no speaker
                }
                int[] np = d.subjects.npEndingAt(k - 1, be + 2);
                return np == null || np[0] != be + 2 ? null : new int[]{np[0], np[1], k};
            }
        }
        return null;
    }
}
