package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n65f, rule quote-is-how-x-said: in `"..." is how X said she felt` the quote is the complement of the cleft's
 * verb of saying, whose subject speaks (not a dateline or place opening the sentence). Invented text.
 */
class ReversePseudoCleftRulesTest {

    @Test
    void theCleftsVerbOfSayingGivesTheSpeakerPastADateline() {
        String text = "SOLVIK, MN- \"Deeply shocked and saddened\" is how Harbour Co. chief executive Ada Lind said she "
                + "felt after reading the inspectors' report.";
        ExtractedStatement s = with(text, "Deeply shocked and saddened");
        assertEquals("Ada Lind", s.speakerName());
        assertEquals("said", s.cue().text());
    }

    @Test
    void aNamingVerbInTheCleftGivesTheSpeaker() {
        String text = "BREDE, OR- \"A betrayal of every family on this street\" was what Tom Reyes called the deal "
                + "the council signed.";
        assertEquals("Tom Reyes", with(text, "A betrayal of every family").speakerName());
    }

    @Test
    void aPassiveInTheCleftNamesNoSpeaker() {
        String text = "Ida Marsh made the film in Kestrel. \"The Last Harbour of the North\" is what the film is called "
                + "in the cinemas there.";
        assertNotEquals("film", with(text, "The Last Harbour of the North").speakerName());
    }

    @Test
    void howManyIsNoCleftOfManner() {
        String text = "PORT ALDER- \"Deeply shocked and saddened\" is how many residents described their mood.";
        assertNotEquals("residents", with(text, "Deeply shocked and saddened").speakerName());
    }
}
