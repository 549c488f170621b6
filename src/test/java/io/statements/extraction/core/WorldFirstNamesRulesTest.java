package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule world-first-names (session lead48): first names common in international news give a gender, so `she` after
 * `Henrik Dahl` spoke is not him, and `He` after `Prime Minister Ana Sousa` is the envoy;
 * session lead49 added 256 more (South Asian, Japanese, Arabic, African, Latin American, Ukrainian). Invented text.
 */
class WorldFirstNamesRulesTest {

    @Test
    void sheIsNotHenrik() {
        String text = "Goalkeeper retires\n\n"
                + "Goalkeeper Marit Lindqvist announced her retirement on Thursday at the age of 38.\n\n"
                + "Her coach, Henrik Dahl, called her \"the best professional I have worked with.\"\n\n"
                + "She said she had made the decision after a knee injury. \"My body told me it was time,\" she said.";
        assertEquals("Marit Lindqvist", with(text, "My body told me it was time").speakerName());
    }

    @Test
    void heIsNotAna() {
        String text = "Envoy arrives\n\n"
                + "The envoy for Veldoria, Karim Benali, arrived in the capital on Sunday.\n\n"
                + "Benali met Prime Minister Ana Sousa for two hours. He told reporters afterwards that the talks had "
                + "been \"frank and useful.\"";
        assertEquals("Karim Benali", with(text, "frank and useful").speakerName());
    }

    @Test
    void sheIsNotTheManNamedAfterHer() {
        String text = "Bridge opens\n\n"
                + "Transport minister Rekha Marwah opened the new bridge over the Tarsi river on Monday.\n\n"
                + "Dmytro Holub, the engineer who led the works, walked across it with her.\n\n"
                + "\"This bridge will cut the journey to the coast by two hours,\" she said.";
        assertEquals("Rekha Marwah", with(text, "This bridge will cut the journey").speakerName());
    }
}
