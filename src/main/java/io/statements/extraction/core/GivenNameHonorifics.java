package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Rule honorific-given-name (session n61a): Gulf, royal and many Muslim names run to four words or more (`Sheikh Salem
 * Yusuf Nasser Al-Hamad`), and the copy then calls the person by the honorific and the given name (`said Sheikh
 * Salem`). {@link NamePrepass} records the first name of such a name as it does of a shorter one (it had been `Salem`
 * alone); other names of four words or more (`Maria Luisa Ortega Vidal`) keep their first name unrecorded.
 */
final class GivenNameHonorifics {
    /** Honorifics a person is then called by with the given name alone: `Sheikh Fahad`, `Prince Karim`, `Emir Tamim`. */
    private static final Set<String> HONORIFICS = Lexicon.words("""
            sheikh sheikha shaikh prince princess emir amir sultan sayyid""");

    private GivenNameHonorifics() {
    }

    /** Whether the name run [a, j] holds such an honorific. */
    static boolean within(List<Tok> toks, int a, int j) {
        for (int k = a; k < j; k++) {
            if (HONORIFICS.contains(toks.get(k).low)) {
                return true;
            }
        }
        return false;
    }
}
