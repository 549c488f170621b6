package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule quote-after-introduction (session lead48): a quote paragraph without a cue right after a sentence that
 * turns to another person than the last speaker (`Her neighbour, Mehmet Yilmaz, lost his brother.`, `Arslan now
 * sleeps in a tent.`) is that person's, not the last speaker's. Invented text.
 */
class IntroducedQuoteRulesTest {

    private static final String TEXT = "Survivors recall the quake\n\n"
            + "Leyla Arslan, 34, was asleep with her two children when the building began to shake.\n\n"
            + "\"I grabbed the children and ran to the stairs. The walls were cracking around us,\" she said.\n\n"
            + "Her neighbour, Mehmet Yilmaz, lost his brother.\n\n"
            + "\"We dug with our hands for six hours. We found him, but it was too late.\"\n\n"
            + "Arslan now sleeps in a tent with her children.\n\n"
            + "\"We have nothing left to go back to, nothing at all.\"";

    @Test
    void aQuoteAfterANewPersonIsTheirs() {
        assertEquals("Mehmet Yilmaz", with(TEXT, "We dug with our hands").speakerName());
    }

    @Test
    void aQuoteAfterASentenceAboutAnEarlierSpeakerIsTheirs() {
        assertEquals("Leyla Arslan", with(TEXT, "We have nothing left").speakerName());
    }
}
