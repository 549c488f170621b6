package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names20: a trade the story uses for the person it is about (`the retired neurosurgeon`, `the shipping
 * magnate`, `the actress`) is that person, as names16's `the lawmaker` is, when the article ties the word to nobody by
 * name; `the actress` is no man. Invented text.
 */
class TradeDescriptionRulesTest {

    private static final String TEXT = "Clinic tour\n\n"
            + "Karl Brenner toured the Eastbrook clinic on Monday. Brenner, who is running for governor, met nurses on"
            + " the night shift.\n\n"
            + "\"We need more beds, and we need them now,\" the retired neurosurgeon said.\n\n"
            + "Later Brenner visited the harbour. \"The port can pay for the beds,\" the shipping magnate added.";

    private static final String WOMAN = "Clinic tour\n\n"
            + "Tom Brenner toured the Eastbrook clinic on Monday. Brenner, who is running for governor, met nurses on"
            + " the night shift.\n\n"
            + "\"We need more beds,\" the actress said.";

    @Test
    void theNeurosurgeonIsThePersonTheStoryIsAbout() {
        assertEquals("Karl Brenner", with(TEXT, "We need more beds, and we need them now").speakerName());
    }

    @Test
    void theMagnateToo() {
        assertEquals("Karl Brenner", with(TEXT, "The port can pay for the beds").speakerName());
    }

    @Test
    void anActressIsNoMan() {
        assertEquals("actress", with(WOMAN, "We need more beds").speakerName());
    }
}
