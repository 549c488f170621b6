package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Rule name-then-title: a name and its title with the appositive's comma left out. Invented text. */
class UnpunctuatedAppositiveRulesTest {

    @Test
    void aNameRightBeforeTheTitleIsTheSpeaker() {
        String text = "Count delayed in two districts\n\n"
                + "The election board said the count would resume on Friday. Musa Bello the spokesman for the board "
                + "said the delay was \u201cregrettable but necessary.\u201d";
        assertEquals("Musa Bello", with(text, "regrettable but necessary").speakerName());
    }

    @Test
    void aNameThatIsAnObjectIsNotTheSpeaker() {
        String text = "Club writes to the council\n\n"
                + "In a letter to Ann Lee the chairman said the pitch was \u201cunsafe for children.\u201d";
        assertNotEquals("Ann Lee", with(text, "unsafe for children").speakerName());
    }
}
