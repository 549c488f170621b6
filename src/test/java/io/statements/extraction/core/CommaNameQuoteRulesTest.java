package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n49b, rule comma-name-quote ({@link ColonNameSieve}): `Based on the harbour logbooks, Belfort prosecutor
 * Anton Riel, "The ferry left port overloaded. ..."`: a name and a comma with no verb of saying before whole quoted sentences is the
 * speaker, as with a colon (was the sentence's first word, `Based`). A lower-case quote after a name describes the
 * person and stays as it was. Invented text.
 */
class CommaNameQuoteRulesTest {

    private static final String TEXT = "Prosecutor details crash\n\n"
            + "Based on the logbooks kept at the harbour office, Belfort prosecutor Anton Riel, \"The ferry left"
            + " port with far too much cargo. Its captain ignored two warnings.\"\n\n"
            + "The crowd cheered for the local hero, Tom Reyes, \"a man of the people in every way.\"\n";

    @Test
    void theNameBeforeACommaAndWholeSentences() {
        assertEquals("Anton Riel", with(TEXT, "The ferry left port").speakerName());
    }

    @Test
    void aLowerCaseQuoteIsNoStatementOfTheName() {
        assertEquals(false, "colon-name".equals(with(TEXT, "a man of the people").sieve()));
    }
}
