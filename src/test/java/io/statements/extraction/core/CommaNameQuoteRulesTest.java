package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n49b, rule comma-name-quote ({@link ColonNameSieve}): `Based on the recordings, Belfort prosecutor Anton
 * Riel, "The co-pilot was alone. ..."`: a name and a comma with no verb of saying before whole quoted sentences is the
 * speaker, as with a colon (was the sentence's first word, `Based`). A lower-case quote after a name describes the
 * person and stays as it was. Invented text.
 */
class CommaNameQuoteRulesTest {

    private static final String TEXT = "Prosecutor details crash\n\n"
            + "Based on the recordings from the cockpit in the last minutes, Belfort prosecutor Anton Riel, \"The"
            + " co-pilot was alone at the controls. He chose to bring the plane down.\"\n\n"
            + "The crowd cheered for the local hero, Tom Reyes, \"a man of the people in every way.\"\n";

    @Test
    void theNameBeforeACommaAndWholeSentences() {
        assertEquals("Anton Riel", with(TEXT, "The co-pilot was alone").speakerName());
    }

    @Test
    void aLowerCaseQuoteIsNoStatementOfTheName() {
        assertEquals(false, "colon-name".equals(with(TEXT, "a man of the people").sieve()));
    }
}
