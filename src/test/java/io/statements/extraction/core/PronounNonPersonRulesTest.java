package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names20: `he`/`she` need a person. A several-word name ending in a street, event or body word (`The Harbour
 * Street Festival`, `Pier Road`) is no antecedent even when the name index reads it as a person's and it opens the
 * sentence before; the person named before is. Invented text.
 */
class PronounNonPersonRulesTest {

    private static final String TEXT = "Harbour plan draws fire\n\n"
            + "Mayor Tom Okafor criticised the harbour plan on Monday. \"It ignores the fishermen,\" he said.\n\n"
            + "The Harbour Street Festival opened on Friday. \"We expect ten thousand visitors,\" he said.";

    @Test
    void aFestivalIsNoOneAPronounMeans() {
        assertEquals("Tom Okafor", with(TEXT, "We expect ten thousand visitors").speakerName());
    }
}
