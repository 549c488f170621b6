package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session lead48. Rule office-phrase-trailing-name: `the head of Zentro's scooter division Ko Dong-min told
 * reporters`: a person's full name closing an office phrase after a lower-case word is its holder (it was
 * `president`); `the president of Eastbrook` alone stays a title. Rule it-organisation-subject: `The Kelmouth harbour
 * board met ... It said ...` is the board, not the person who spoke last. Invented text.
 */
class OfficePhraseNameRulesTest {

    @Test
    void aNameClosingTheOfficePhraseIsTheHolder() {
        String text = "Recall\n\n"
                + "\"A supplier let us down on one part,\" the head of Zentro's scooter division Ko Dong-min "
                + "told reporters.\n\n"
                + "\"We are working on it,\" the president of Eastbrook said.";
        assertEquals("Ko Dong-min", with(text, "A supplier let us down").speakerName());
        assertEquals("president", with(text, "We are working on it").speakerName());
    }

    @Test
    void itAfterAnOrganisationSubjectIsTheOrganisation() {
        String text = "Harbour plan\n\n"
                + "Ondo Makeri said the harbour plan was sound and affordable.\n\n"
                + "The Kelmouth harbour board met on Monday to discuss the plan. It said the plan was \"not affordable\".";
        assertEquals("Kelmouth harbour board", with(text, "not affordable").speakerName());
    }
}
