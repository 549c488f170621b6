package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** US state tags for the state-title rules: newspaper abbreviations and postal codes, not two-letter words. */
class StatesTest {

    @Test
    void abbreviationsAndCodesNameTheirState() {
        assertEquals("new york", States.full("N.Y."));
        assertEquals("california", States.full("Calif."));
        assertEquals("indiana", States.full("IN"));
        assertEquals("vermont", States.full("vt."));
    }

    @Test
    void twoLetterWordsAreNoState() {
        assertNull(States.full("in"));
        assertNull(States.full("me"));
        assertNull(States.full("or"));
    }
}
