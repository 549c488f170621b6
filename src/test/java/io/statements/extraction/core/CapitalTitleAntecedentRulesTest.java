package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session lead49: rule capital-title-antecedent (`the PM said` where the text gave nobody the title before a name,
 * only `X resigned as Prime Minister`, is the person the text is about) and rule common-acronym (`state TV reported`
 * names no broadcaster called `TV`). Invented text.
 */
class CapitalTitleAntecedentRulesTest {

    @Test
    void thePmIsWhomTheStoryIsAbout() {
        String text = "Harlow quits\n\n"
                + "Tom Harlow has stepped down as Prime Minister following the vote on Thursday.\n\n"
                + "A tearful Mr Harlow said the country needed \"new leadership\" and thanked his staff.\n\n"
                + "\"The people have spoken and I respect that,\" Mr Harlow said.\n\n"
                + "With tears in his eyes, the PM said: \"I owe these islands everything.\"";
        assertEquals("Tom Harlow", with(text, "I owe these islands everything").speakerName());
    }

    @Test
    void stateTvIsNoBroadcasterCalledTv() {
        String text = "Calm in the capital\n\n"
                + "Crowds gathered in the main square on Sunday. \"There is no unrest,\" state TV reported.";
        assertEquals("state TV", with(text, "There is no unrest").speakerName());
    }
}
