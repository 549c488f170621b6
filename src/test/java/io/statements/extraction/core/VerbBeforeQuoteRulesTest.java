package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: `On its website, the Harbour Board lists "..."`: a lower-case `-s` word after a name, right before the
 * quote, is the verb, not part of the speaker's name (was `Harbour Board lists`). Invented text.
 */
class VerbBeforeQuoteRulesTest {

    private static final String TEXT = "Board priorities\n\n"
            + "The harbour is under review for possible waste.\n\n"
            + "On its official website, the Harbour Board lists \"safety of the docks as the board's top priority.\"";

    @Test
    void theVerbIsNoPartOfTheName() {
        assertEquals("Harbour Board", with(TEXT, "safety of the docks").speakerName());
    }
}
