package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names23, rule pronoun-not-abbreviation: a capitalised word with a full stop the name index took for a
 * person (`the Nov. 8 election`, `(D-Mo.)`) is no last person for `he`/`she`; it was the speaker's name. Invented
 * text.
 */
class PronounNotAbbreviationRulesTest {

    @Test
    void aMonthIsNoShe() {
        String text = "Levy row\n\n"
                + "Harbour chief Ida Marsh opened the debate on Monday. The levy will shape the Nov. 8 election,"
                + " officials said.\n\n"
                + "\"It is a fair deal,\" she said.";
        assertEquals("Ida Marsh", with(text, "fair deal").speakerName());
    }
}
