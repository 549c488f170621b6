package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names45, rule glued-reversed-opener: with no quote open, a closing-looking curly mark glued to the capital
 * after it (`said.\u201dI remain`) opens the next quote. Invented text.
 */
class GluedReversedOpenerRulesTest {

    @Test
    void aGluedClosingMarkOpensTheNextQuote() {
        String text = "Founder to sell shares\n\nThe founder, Desmond Achterberg, will sell shares each day.\n"
                + "\u201cThe plan lets me fund my charity,\u201d Achterberg said.\u201dI remain confident in the company,"
                + " and I will still hold most of my shares.\u201d\nThe finance chief will sell some shares too.";
        assertEquals("Desmond Achterberg", with(text, "I remain confident in the company").speakerName());
    }
}
