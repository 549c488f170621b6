package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session names34, rule platform-x: `on X` (the platform once called Twitter) after a subject is where the subject
 * posted; neither `X` nor `the minister on X` is the speaker. Invented text.
 */
class PlatformXRulesTest {

    private static final String TEXT = "Ferry dispute deepens\n\n"
            + "A post by the transport minister on X accusing the union of \"holding islanders hostage\" drew anger on"
            + " Friday.\n\n"
            + "The union's leader, Corwin Astley, answered on X within the hour. \"The minister should come to the"
            + " table,\" he wrote.";

    @Test
    void thePosterIsTheSpeaker() {
        assertEquals("transport minister", with(TEXT, "holding islanders hostage").speakerName());
    }

    @Test
    void xIsNoOneForTheNextHe() {
        assertEquals("Corwin Astley", with(TEXT, "The minister should come").speakerName());
        assertNotEquals("X", with(TEXT, "The minister should come").speakerName());
    }
}
