package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n63e, rule quoted-by-medium ({@link QuotedByMedia}, in {@link SpeakerResolver#resolve}): `a deckhand quoted
 * by the Coastal Gazette`, `a nurse interviewed by Radio Brenna`: the medium after `quoted by` only relayed the words;
 * the speaker is the head before the participle. Near-miss: a named person quoted by a paper stays the speaker.
 * Invented text.
 */
class QuotedByMediumRulesTest {

    private static final String TEXT = "Ferry sinks\n\nThe ferry sank within minutes, officials said. According to one "
            + "deckhand quoted by the Coastal Gazette, the boat was \"old and badly patched.\"\n\n"
            + "According to a nurse interviewed by Radio Brenna, the wards were \"full by midnight.\"\n\n"
            + "Tomas Ekdal, quoted by the Coastal Gazette, said the crew had been \"warned twice.\"";

    @Test
    void theMediumThatQuotedIsNotTheSpeaker() {
        assertNotEquals("Coastal Gazette", with(TEXT, "badly patched").speakerName());
        assertNotEquals("Radio Brenna", with(TEXT, "full by midnight").speakerName());
    }

    @Test
    void aNamedPersonQuotedByAPaperStaysTheSpeaker() {
        assertEquals("Tomas Ekdal", with(TEXT, "warned twice").speakerName());
    }
}
