package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session extraction6: `notes` as a verb of saying, and verbs that attribute only right after a quote (`pressed`,
 * `elaborated`, `reacted`, `remembered`, ...). Invented text.
 */
class AfterQuoteVerbRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "\"Look at the statement the mayor put out after the storm,\" Dunn notes.\n\n"
            + "\"Would the fare be negotiable for pensioners?\" Ames pressed.\n\n"
            + "\"As far as I can tell,\" she elaborated, \"nobody doubted the harbour.\"\n\n"
            + "\"Why is he talking about the port again?\" reacted Holt.\n\n"
            + "The clerk pressed the button and the gates of the old harbour opened \"like a curtain at the "
            + "theatre.\"\n\n"
            + "Her notes say the ferry was \"late every single day in March.\"";

    @Test
    void confessedAndConcludeAttributeTheQuoteBeforeThem() {
        String text = "Harbour news\n\nThe editors wrote about the ferry on Sunday.\n\n\"The crews deserve better than this "
                + "board,\" they conclude.\n\nI met the captain later. \"That was my worst night at sea,\" I confessed.";
        assertEquals("conclude", with(text, "deserve better").cue().text());
        assertEquals("they", with(text, "deserve better").speakerMention().text());
        assertEquals("confessed", with(text, "worst night at sea").cue().text());
    }

    @Test
    void answersShotBackMocksAndStartedAttributeTheQuoteBeforeThem() {
        String text = "Harbour news\n\nIda Berg met Tom Reyes at the pier.\n\n\"What did the board ever do for us?\" "
                + "Berg asks.\n\n\"Nothing, and the crews know it,\" Reyes answers.\n\n\"You want to look tough "
                + "tonight,\" Berg shot back.\n\n\"The board has not failed the crews,\" he mocks.\n\n\"The paper "
                + "says you met the board in May,\" Berg started.";
        assertEquals("Tom Reyes", with(text, "Nothing, and the crews know it").speakerName());
        assertEquals("Ida Berg", with(text, "look tough tonight").speakerName());
        assertEquals("mocks", with(text, "has not failed the crews").cue().text());
        assertEquals("Ida Berg", with(text, "met the board in May").speakerName());
    }

    @Test
    void pointsOutClosingTheClauseAttributesTheQuote() {
        String text = "Harbour news\n\nIda Berg spoke first.\n\n\"The crews were right,\" she notes.\n\n\"Fewer boats "
                + "than ever,\" Tom Reyes points out.";
        ExtractedStatement s = with(text, "Fewer boats than ever");
        assertEquals("Tom Reyes", s.speakerName());
        assertEquals(1, s.segments().size());
    }

    @Test
    void notesAfterAQuoteIsAVerbOfSaying() {
        assertEquals("Dunn", with(TEXT, "Look at the statement").speakerName());
    }

    @Test
    void afterQuoteVerbsAttributeTheQuoteBeforeThem() {
        assertEquals("Ames", with(TEXT, "negotiable for pensioners").speakerName());
        assertEquals("she", with(TEXT, "As far as I can tell").speakerMention().text());
        assertEquals("Holt", with(TEXT, "talking about the port again").speakerName());
    }

    @Test
    void theQuoteAfterAnAfterQuoteVerbIsTheSameStatement() {
        ExtractedStatement s = with(TEXT, "nobody doubted the harbour");
        assertEquals(2, s.segments().size());
        assertEquals("she", s.speakerMention().text());
        assertEquals("\"As far as I can tell,\" she elaborated, \"nobody doubted the harbour.\"",
                TEXT.substring(s.content().start(), s.content().end()));
    }

    @Test
    void beforeTheirObjectTheyAreNoCue() {
        assertNotEquals("pressed", cueOf(with(TEXT, "like a curtain at the theatre")));
    }

    @Test
    void notesAfterADeterminerIsANoun() {
        assertNotEquals("notes", cueOf(with(TEXT, "late every single day in March")));
    }

    private static String cueOf(ExtractedStatement s) {
        return s.cue() == null ? null : s.cue().text();
    }
}
