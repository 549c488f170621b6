package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n53c, rule relayed-object-after-quote: `"...," the Wire reported him as saying`, `"...," Radio Halvorsen
 * cited the island's director of health Perez Alomatu as saying`: the object of the outlet's verb speaks, the outlet
 * relays. Near-misses: an outlet that speaks itself after its quote, a relay with no `as saying`. Invented text.
 */
class RelayedObjectRulesTest {

    private static final String RELAYS = "Salvage crews refloat grounded barge\n\n"
            + "Salvage chief Piet Vandermolen said on Monday the work was going to plan.\n\n"
            + "\"The tide helped us more than we had hoped,\" the Associated Press reported him as saying.\n\n"
            + "\"We are vaccinating every child we can reach,\" Radio Tamsin cited the island's director of health "
            + "Perez Alomatu as saying.";

    private static final String NEAR = "Broadcaster keeps crews on island\n\n"
            + "\"Our crews are safe and will keep broadcasting,\" Radio Halvorsen said in a statement.\n\n"
            + "\"The port will reopen on Friday,\" the Gazette reported on Tuesday.";

    @Test
    void theRelayedPersonSpeaks() {
        assertEquals("Piet Vandermolen", with(RELAYS, "The tide helped us more").speakerName());
        assertEquals("Perez Alomatu", with(RELAYS, "We are vaccinating every child").speakerName());
    }

    @Test
    void theOutletItselfStillSpeaks() {
        assertEquals("Radio Halvorsen", with(NEAR, "Our crews are safe").speakerName());
        assertEquals("Gazette", with(NEAR, "The port will reopen").speakerName());
    }

    @Test
    void theOutletsVerbIsNoStatement() {
        assertTrue(Extracted.all(RELAYS).stream().noneMatch(s -> s.text().startsWith("the island's director")));
    }
}
