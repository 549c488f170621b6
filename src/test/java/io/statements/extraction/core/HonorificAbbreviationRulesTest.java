package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n67e, rule honorific-abbreviation ({@link HonorificAbbreviations}): `HH the Sultan`, `HRH Prince Tarek`,
 * `H.E. Ama Osei`: the abbreviated style is no name and no organisation; the speaker is what follows it. Near-misses:
 * a capitalised `HE` in an all-capitals line, an acronym that is a body's. Invented text.
 */
class HonorificAbbreviationRulesTest {

    @Test
    void theStyleBeforeATitleIsNoSpeaker() {
        String text = "Talks\n\nThe prime minister raised the fire with the ruler of Qarvan in April.\n\n"
                + "HH the Sultan confirmed the talks, publicly saying he was \"determined to see that every family "
                + "gets the answers it deserves\".";
        assertNotEquals("HH", with(text, "determined to see that every family").speakerName());
    }

    @Test
    void theStyleBeforeANameIsDropped() {
        String text = "Visit\n\n\"We came to listen to the farmers of the valley,\" HRH Prince Tarek Alvand said.";
        assertEquals("Tarek Alvand", with(text, "We came to listen").speakerName());
        String envoy = "Visit\n\n\"Our two countries share one river,\" said H.E. Ama Osei, the ambassador.";
        assertEquals("Ama Osei", with(envoy, "Our two countries share").speakerName());
    }

    @Test
    void aBodysAcronymIsStillTheBody() {
        String text = "Strike\n\nThe Harbour Haulage Union (HHU) called a strike on Monday.\n\n"
                + "\"Nobody will load a ship this week,\" the HHU said.";
        assertEquals("Harbour Haulage Union", with(text, "Nobody will load a ship").speakerName());
    }
}
