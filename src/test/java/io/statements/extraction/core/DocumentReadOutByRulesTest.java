package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names36, rule read-out-by: `the statement read out by X said`: the person who read the document out
 * speaks for it (as `published by X`), not a body or dateline named before.
 */
class DocumentReadOutByRulesTest {

    @Test
    void theReaderOfTheStatementSpeaks() {
        String text = "HARBOURTON (Wire) - Two dock workers' unions ended their strike on Sunday.\n"
                + "\"Our members return to work on Monday,\" the statement read out by Lena Marsh said.";
        assertEquals("Lena Marsh", with(text, "return to work").speakerName());
    }
}
