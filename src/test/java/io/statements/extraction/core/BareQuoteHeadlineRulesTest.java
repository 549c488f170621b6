package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n66f, rule bare-quote-headline: a headline that is only a quote is the words of the deck's subject when the
 * deck opens with a name and a verb of saying; not when the deck names no one that way. Invented text.
 */
class BareQuoteHeadlineRulesTest {

    @Test
    void theDeckSubjectSpeaks() {
        String text = "\u2018A SHAME!\u2019\n\nDorr slams federation over squad places for Oslo\n\n"
                + "Rowing coach Ansel Dorr has criticised the Northern Rowing Federation for giving the club only"
                + " six places.\n\nDorr said he would not travel with the team.";
        assertEquals("Ansel Dorr", with(text, "A SHAME!").speakerName());
    }

    @Test
    void aDeckWithoutASpeakingSubjectGivesNone() {
        String text = "\u2018A SHAME!\u2019\n\nRowing squad cut to six for Oslo\n\n"
                + "Rowing coach Ansel Dorr has criticised the Northern Rowing Federation for giving the club only"
                + " six places.\n\nDorr said he would not travel with the team.";
        for (ExtractedStatement s : all(text)) {
            assertTrue(!s.text().contains("A SHAME"), "no statement wanted: " + s.text());
        }
    }
}
