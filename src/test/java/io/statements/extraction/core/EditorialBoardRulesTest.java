package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names23, rule editorial-board: `the editorial board writes` is the paper the text named with its board
 * (`the Harbour Times editorial board`), as that mention itself resolves; it was the words `editorial board`.
 * Invented text.
 */
class EditorialBoardRulesTest {

    private static final String TEXT = "Paper's editors defend the mayor\n\n"
            + "The levy is a fair deal for the harbour, the Harbour Times editorial board writes in an opinion piece"
            + " published Monday.\n\n"
            + "Mayor Ida Marsh \"has kept her promises,\" the editorial board writes. \"The docks cannot pay for"
            + " themselves.\"";

    @Test
    void theBoardIsThePaperNamedWithIt() {
        assertEquals("Harbour Times", with(TEXT, "kept her promises").speakerName());
    }

    @Test
    void theNamedBoardStaysThePaper() {
        assertEquals("Harbour Times", with(TEXT, "fair deal").speakerName());
    }
}
