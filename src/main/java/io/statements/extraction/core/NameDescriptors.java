package io.statements.extraction.core;

import java.util.Set;

/**
 * A description written before a name in one capitalised run (session names16): `Democrat Hillary Clinton`,
 * `Billionaire Mark Cuban`, `Comedian Sarah Silverman` (a sentence's first word, or a party tag) is no part of the
 * name. Stripped only before a known first name, so that a name that is also a word (`Will`, `Rich`) keeps its place.
 */
final class NameDescriptors {
    private static final Set<String> WORDS = Lexicon.words("""
            democrat republican billionaire millionaire comedian rival journalist filmmaker assemblywoman assemblyman
            activist author actor actress singer rapper businessman businesswoman investor entrepreneur columnist
            pundit commentator co-moderator moderator counsel attorney lawyer novelist economist veteran marine""");

    private NameDescriptors() {
    }

    /** True when {@code low} is such a description and {@code next} a known first name. */
    static boolean before(String low, Tok next) {
        return WORDS.contains(low) && next.type == Tok.WORD && next.cap && PersonGenders.isFirstName(next.low);
    }
}
