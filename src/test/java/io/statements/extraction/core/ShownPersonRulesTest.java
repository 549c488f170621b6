package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names17: a recording of a named person opening the sentence before a pronoun (`Footage of Marsh again
 * appears. "...," he says`) is about that person: the pronoun is Marsh, not the last speaker (Okafor, who agrees in
 * gender) nor a person called `Footage`. Invented text.
 */
class ShownPersonRulesTest {

    private static String text(String leader, String pronoun) {
        return "Ferry union video shows mayor\n\n"
                + "A clip of Mayor Tom Okafor is featured in a new campaign video released by the Harbour Workers Union.\n\n"
                + "Before the mayor's appearance in the video, the union leader " + leader + ", who was arrested in"
                + " 2011, is shown lecturing: \"Workers of the harbour, take heed and learn from history.\"\n\n"
                + "Okafor is next seen at a rally, saying, \"We will close the north pier and nobody will"
                + " stop us from doing it.\"\n\n"
                + "Footage of Marsh again appears. \"The harbour will turn against its own workers,\" " + pronoun
                + " says.";
    }

    @Test
    void heIsThePersonTheFootageShows() {
        assertEquals("Carl Marsh", with(text("Carl Marsh", "he"), "turn against").speakerName());
    }

    @Test
    void sheIsThePersonTheFootageShows() {
        assertEquals("Ida Marsh", with(text("Ida Marsh", "she"), "turn against").speakerName());
    }
}
