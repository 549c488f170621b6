package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n61a, rule two-word-demonym ({@link Demonyms}): `the South African`, `the New Zealander`, `the Sri Lankan`
 * refer back to a person as `the Kenyan` does; it had been a name (`South African`). Near-miss: a demonym of two words
 * before a noun (`the South African team`) is no person. Invented text.
 */
class TwoWordDemonymRulesTest {

    private static final String LEAD = "Coach leaves\n\nThe rowing board decided on Monday not to renew the contract of "
            + "head coach Piet Jansen.\n\nJansen, tipped for a post in Norway, said he had given all he could.\n\n";

    @Test
    void aTwoWordDemonymIsThePersonTheTextWasAbout() {
        String text = LEAD + "\"I am deeply hurt,\" the South African told reporters.";
        assertEquals("Piet Jansen", with(text, "deeply hurt").speakerName());
        String kiwi = LEAD + "\"I gave this squad everything,\" the New Zealander said.";
        assertEquals("Piet Jansen", with(kiwi, "gave this squad everything").speakerName());
    }

    @Test
    void aTwoWordDemonymBeforeANounIsNoPerson() {
        String text = LEAD + "The South African federation said it would \"welcome him back\" as a coach.";
        assertEquals("South African federation", with(text, "welcome him back").speakerName());
    }
}
