package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session names45, rule pronoun-number-and-kind: `he`/`she` is never a people's plural the mention index took for a
 * name (`Ghanaians`) nor a place the text names after `the village of`. Invented text.
 */
class PronounNumberKindRulesTest {

    @Test
    void heIsNoPeoplesPlural() {
        String text = "Electoral body ready for polls\n\n"
                + "Ghanaians are eager to vote, and the commission is ready for Saturday.\n\n"
                + "The head of the vote-counting body spoke to reporters on Friday at the commission's offices.\n\n"
                + "He said: \"Every polling station has its ballot papers and its staff.\"";
        assertNotEquals("Ghanaians", with(text, "Every polling station").speakerName());
    }

    @Test
    void heIsNoPlaceTheTextNames() {
        String text = "Landslide cuts off mountain village\n\n"
                + "Relief coordinator Tomasz Wierzbicki reached the village of Monte Caldo on Saturday. Monte Caldo"
                + " has been cut off since Wednesday.\n\n"
                + "\"The road is gone for three kilometres,\" he said.";
        assertEquals("Tomasz Wierzbicki", with(text, "The road is gone").speakerName());
    }
}
