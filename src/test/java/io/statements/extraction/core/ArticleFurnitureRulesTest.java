package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session names44, article furniture: rule colon-dateline (`PORT ELLIS: ...` opening the body is where the story was
 * filed, not a transcript speaker), caption labels (`FILE PHOTO:`, `Image:`) that are no speakers, and rule
 * link-line headline (`Also read: 'A': Name attacks ...` is another story's headline, its quote the named person's,
 * never the sentence subject `Also`). Invented text.
 */
class ArticleFurnitureRulesTest {

    private static final String DATELINE = "Harbour board sacks chairman\n\n"
            + "PORT ELLIS: The harbour board on Monday dismissed its chairman, Ravi Desai, after an audit found"
            + " missing funds.\n\n"
            + "\"The board had no choice,\" said deputy chairwoman Nalini Shah.";

    private static final String CAPTION = "Dry wells\n\n"
            + "FILE PHOTO: A farmer walks past a dry well near Ostrava, March 3, 2024. REUTERS/Jan Novak\n\n"
            + "Wells across the region have run dry, the water board said on Tuesday.\n\n"
            + "\"We have never seen levels this low,\" board engineer Petra Kral said.";

    private static final String LINK = "Minister faces calls to quit\n\n"
            + "Opposition leader Meera Pillai on Sunday demanded the resignation of the transport minister.\n\n"
            + "Also read: 'Roads are built on promises here': Meera Pillai attacks transport ministry\n\n"
            + "The ministry said the allegations were baseless.";

    @Test
    void aColonDatelineIsNoSpeaker() {
        for (ExtractedStatement s : all(DATELINE)) {
            assertTrue(s.speakerName() == null || !s.speakerName().contains("Ellis"), s.speakerName());
        }
    }

    @Test
    void aFilePhotoLabelIsNoSpeaker() {
        for (ExtractedStatement s : all(CAPTION)) {
            assertTrue(s.speakerName() == null || !s.speakerName().toLowerCase().contains("photo"), s.speakerName());
        }
    }

    @Test
    void aLinkLineHeadlineQuoteIsTheNamedPersons() {
        assertEquals("Meera Pillai", with(LINK, "Roads are built on promises").speakerName());
    }
}
