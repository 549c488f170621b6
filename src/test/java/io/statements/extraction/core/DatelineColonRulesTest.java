package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names45, rule dateline-colon: `ACCRA: ...` opening the body, the only all-caps label of the text, is a
 * dateline: the paragraph is prose, not the place's statement; a transcript with several labels keeps them. Invented
 * text.
 */
class DatelineColonRulesTest {

    @Test
    void aCapitalPlaceAndAColonOpeningTheBodyIsADateline() {
        String text = "Minister opens new rail line\n\nACCRA: Transport Minister Kojo Ansah-Mensah on Monday opened the"
                + " new line. \"This line will carry forty thousand people a day,\" Ansah-Mensah said.";
        assertEquals("Kojo Ansah-Mensah", with(text, "forty thousand people").speakerName());
    }

    @Test
    void aTranscriptKeepsItsLabels() {
        String text = "Interview with the mayor\n\nHOST: Will the bridge open this year?\n\n"
                + "ODUYA: It will open in the spring, and the tolls will be lower than we said.\n\n"
                + "HOST: Thank you for your time this morning.";
        assertEquals("ODUYA", with(text, "It will open in the spring").speakerName().toUpperCase());
    }
}
