package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names22, rule pronoun-and-partner: `Lena Ortiz said ... She and her wife came because they wanted to show
 * that "..."` is Ortiz's (it had no speaker). Invented text.
 */
class PronounAndPartnerRulesTest {

    @Test
    void theyAfterSheAndHerWifeIsHer() {
        String text = "Marchers remember the victims\n\n"
                + "Lena Ortiz said the police presence was welcome. She and her wife came because they wanted to show"
                + " that \"they can't frighten us.\"\n";
        assertEquals("Lena Ortiz", with(text, "they can't frighten us").speakerName());
    }
}
