package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: a relative clause on a document someone put out (`Ida Berg released a short video that
 * said, "..."`, `The Harbour Gazette ran a column that observed ...`, `Reyes is releasing a fresh 15-second ad that urges
 * ...`) is said by whoever put it out; the mention was the relative pronoun `that`, with no name. Things that are no
 * document keep `that` (`paper fans that said`). Also a document before its author and time (`a letter from his
 * dentist on Thursday that says`) and a participle right after the document (`issued a statement calling`). Invented text.
 */
class PublishedDocumentRulesTest {

    @Test
    void whoReleasedTheVideoSaysWhatItSaid() {
        ExtractedStatement s = with("Port news.\n\nIn selling the tours, Ida Berg released a short video that said, "
                + "\"We are going to have the best captains on the coast.\"", "best captains");
        assertEquals("Ida Berg", s.speakerMention().text(), s.toString());
    }

    @Test
    void aPaperThatRanAPieceIsItsSpeaker() {
        ExtractedStatement s = with("Port news.\n\nThe Harbour Gazette last month ran a column that observed her \"fee plan "
                + "would help richer owners more than poorer ones.\"", "richer owners");
        assertEquals("Harbour Gazette", s.speakerName(), s.toString());
    }

    @Test
    void wordsBetweenTheVerbAndTheNounAreSkipped() {
        ExtractedStatement s = with("Port news.\n\nTom Reyes is releasing a fresh 15-second ad that urges crews in "
                + "Eastbrook to \"send a message\" to the board.", "send a message");
        assertEquals("Tom Reyes", s.speakerName(), s.toString());
    }

    @Test
    void theDocumentMayStandBeforeItsAuthorAndTime() {
        ExtractedStatement s = with("Port news.\n\nTom Reyes released a letter from his dentist on Thursday morning that "
                + "says he is in \"excellent health\" for his age.", "excellent health");
        assertEquals("Tom Reyes", s.speakerMention().text(), s.toString());
    }

    @Test
    void aParticipleAfterTheDocumentIsThePublishers() {
        ExtractedStatement s = with("Port news.\n\nFollowing a swiftly called, late-evening meeting, the harbour board "
                + "issued a statement calling the strike \"a clear breach of the agreement.\"", "clear breach");
        assertEquals("harbour board", s.speakerName(), s.toString());
    }

    @Test
    void thingsThatAreNoDocumentKeepTheRelativePronoun() {
        ExtractedStatement s = with("Port news.\n\nThey handed out paper fans that said, \"The harbour welcomes you.\"",
                "harbour welcomes you");
        assertEquals("that", s.speakerMention().text(), s.toString());
    }
}
