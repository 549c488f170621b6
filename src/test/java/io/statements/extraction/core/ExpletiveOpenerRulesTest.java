package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names28, rule expletive-opener: a sentence opening with a contracted `It's`, `That's`, `There's` has no
 * speaker in its first words; the subject of the clause after `that`, `why`, `but` speaks, or `it` before a
 * participle. Invented text.
 */
class ExpletiveOpenerRulesTest {

    private static final String TEXT = "Harbour race\n\n"
            + "The Harbour Workers Guild backs Mayor Ida Marsh in the race.\n\n"
            + "It's a long shot, but Marsh was at the docks on Monday, stressing the port's future and asking for"
            + " votes.\n\n"
            + "The guild has paid for a boat tour along the coast. It's become such a fixture that Tom Reyes on Sunday"
            + " thanked its members \"for all the noise they make for our side of the river.\"\n\n"
            + "Tom Reyes's campaign is defending its early-morning posts about the mayor. It's denouncing what it calls"
            + " \"a shameful campaign of whispers against the docks.\"";

    @Test
    void theSubjectAfterButSpeaks() {
        assertEquals("Ida Marsh", with(TEXT, "the port's future").speakerName());
    }

    @Test
    void theSubjectOfTheThatClauseSpeaks() {
        assertEquals("Tom Reyes", with(TEXT, "for all the noise").speakerName());
    }

    @Test
    void itBeforeAParticipleSpeaks() {
        assertEquals("Tom Reyes's campaign", with(TEXT, "a shameful campaign").speakerName());
    }
}
