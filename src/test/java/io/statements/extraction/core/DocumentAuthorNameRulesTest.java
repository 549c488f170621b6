package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session names18: a document takes the speaker of an earlier statement whose sentence names it only when that
 * speaker is a person or organisation, or people described (`researchers`); a stray phrase (`Deep cuts`) leaves the
 * document without an author. Invented text.
 */
class DocumentAuthorNameRulesTest {

    private static final String TEXT = "Harbour cuts\n\n"
            + "Deep cuts were described in the report, which the board later withdrew. \"We were never consulted on the"
            + " dredging,\" the report said.\n\n"
            + "The Harbour Board said in a statement that the levy would stay. \"The docks cannot pay for themselves,\""
            + " the statement said.";

    @Test
    void aStrayPhraseWritesNoDocument() {
        assertNull(with(TEXT, "never consulted on the dredging").speakerName());
    }

    @Test
    void aNamedSpeakerStillWritesIt() {
        assertEquals("Harbour Board", with(TEXT, "The docks cannot pay").speakerName());
    }
}
