package io.statements.extraction.core;

import java.util.Set;

/**
 * Where an abbreviated title (`Sen.`, `Gov.`, `St.`) opens a name inside a longer run of words: `the party convention
 * Sen. Ida Berg said` (a lower-case word before it closes the phrase before the subject). Rule saint-place (session
 * n65f): `St.` right after a preposition of place is a place's `Saint` (`of Kestrel University in St. Albans`,
 * `a pastor from St. Paul`), not a person's title: the place completes the phrase before it, and the subject is the
 * person that phrase describes (`Ida Berg of Kestrel University in St. Albans, a member of the panel, said`: Ida
 * Berg, not `St. Albans`). A saint is never a speaker in news.
 */
final class AbbreviatedTitleOpeners {
    private AbbreviatedTitleOpeners() {
    }

    private static final Set<String> PLACE_PREPOSITIONS = Lexicon.words("in at of from near");

    /** Whether the abbreviated title {@code t} opens a name after the word {@code before}. */
    static boolean opensName(Tok before, Tok t) {
        if (before.cap || Lexicon.TITLES.contains(before.low) || !t.cap || !t.text.endsWith(".")
                || !Lexicon.TITLES.contains(t.low)) {
            return false;
        }
        return !(t.low.equals("st.") && PLACE_PREPOSITIONS.contains(before.low));
    }
}
