package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names24, rule ordinal-opener: `First, she refused to say "..."`: an ordinal adverb and its comma open the
 * sentence; the subject is after them (it had been `First`). Invented text.
 */
class OrdinalOpenerRulesTest {

    @Test
    void subjectAfterFirstComma() {
        String text = "A long night in Harwick\n\n"
                + "Senator Ana Ruiz had a strong night on stage. First, she refused to say the words \"tax increase,\""
                + " a moment her rivals seized upon.\n";
        assertEquals("Ana Ruiz", with(text, "tax increase").speakerName());
    }
}
