package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session extraction12: verbs PolNeAR annotates as attribution cues that the lexicon missed (`implied`,
 * `indicated`, `portrayed`, participles like `denouncing`, `announcing`), and a weak verb right after a quote that
 * ends an appositive is no inverted attribution (`Lee, star of "Tidewater," thanked the mayor`). Invented text.
 */
class StanceAndBeliefCueRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Mayor Ida Berg implied the port authority had \"lost the plot\" on fares.\n\n"
            + "Councillor Tom Reyes spoke for an hour, denouncing the budget as \"a gift to developers.\"\n\n"
            + "Lee, star of the series \"Tidewater,\" thanked the mayor for \"keeping the ferry alive.\"";

    @Test
    void impliedIsACue() {
        ExtractedStatement s = with(TEXT, "lost the plot");
        assertEquals("implied", s.cue().text());
        assertEquals("Ida Berg", s.speakerName());
    }

    @Test
    void aParticipleHangsTheQuoteOnTheSubject() {
        ExtractedStatement s = with(TEXT, "a gift to developers");
        assertEquals("denouncing", s.cue().text());
        assertEquals("Tom Reyes", s.speakerName());
    }

    @Test
    void aWeakVerbAfterAQuotedTitleDoesNotInvert() {
        ExtractedStatement s = with(TEXT, "keeping the ferry alive");
        assertNotEquals("mayor", s.speakerMention() == null ? null : s.speakerMention().text());
        assertEquals("Lee", s.speakerName());
    }
}
