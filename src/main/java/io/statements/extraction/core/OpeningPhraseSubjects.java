package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule phrase-then-subject (session n65f): `After the hearing Tomas Reyes's lawyer, Ida Berg, said ...`. A sentence
 * may open with a prepositional phrase that no comma closes; the noun phrase read back from the appositive then runs
 * from the phrase's object into the subject (`the hearing Tomas Reyes's lawyer`). The subject starts at the first
 * capitalised word after a lower-case noun of the phrase: a new noun phrase begins there, as no English noun phrase
 * puts a name after its own lower-case head. Not after a preposition, a determiner or a time word (`At the pier on
 * Tuesday, ...`, `In the Port Alder case ...`: the capitalised word is the phrase's), and never the phrase's object
 * alone.
 */
final class OpeningPhraseSubjects {
    private OpeningPhraseSubjects() {
    }

    /** The subject inside {@code np}, which an opening preposition at {@code np[0] - 1} reads into, or null. */
    static int[] after(List<Tok> toks, int[] np) {
        for (int k = np[0] + 1; k <= np[1]; k++) {
            Tok t = toks.get(k), p = toks.get(k - 1);
            if (t.type != WORD || p.type != WORD) {
                return null;
            }
            if (t.cap && !p.cap && !Lexicon.DETERMINERS.contains(p.low) && !Lexicon.PREPOSITIONS.contains(p.low)
                    && !Lexicon.CLAUSE_WORDS.contains(p.low) && !Lexicon.TIME_WORDS.contains(t.low)
                    && !Lexicon.TIME_WORDS.contains(p.low)) {
                return new int[]{k, np[1]};
            }
        }
        return null;
    }
}
