package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n49d, rule bare-title-next-speaker (`RoleMentions.nextSubjectSpeaker`): `"...," the prosecutor said.` with
 * nobody given that title, then `Marrow said ...` opening the next sentence (same or next paragraph): the lone surname
 * the reader has not met before is the title's holder. Not a name the text gave earlier (someone else), not a surname
 * that opens a sentence without a verb of saying. Invented text.
 */
class BareTitleNextSpeakerRulesTest {

    private static final String NEXT = "Crash inquiry\n\n"
            + "It was the skipper's \"choice to sail into the storm,\" the prosecutor said.\n\n"
            + "Marrow said the skipper had no earlier record with the coastguard, Wire reported.";

    private static final String COACH = "Cup exit\n\n"
            + "The club said it would appoint a new manager by Friday. \"We owe the fans a better team,\" the coach"
            + " said.\n\nOsei said the squad had let the supporters down.";

    private static final String NAMED_BEFORE = "Crash inquiry\n\n"
            + "Ilse Marrow, a relative of a passenger, spoke to reporters outside the court.\n\n"
            + "It was the skipper's \"choice to sail into the storm,\" the prosecutor said.\n\n"
            + "Marrow said the families wanted answers.";

    private static final String NO_SPEECH = "Crash inquiry\n\n"
            + "It was the skipper's \"choice to sail into the storm,\" the prosecutor said.\n\n"
            + "Marrow arrived at the airport on Friday.";

    @Test
    void theNextSentencesSurnameHoldsTheTitle() {
        assertEquals("Marrow", with(NEXT, "choice to sail").speakerName());
    }

    @Test
    void anyTitle() {
        assertEquals("Osei", with(COACH, "We owe the fans").speakerName());
    }

    @Test
    void notAPersonNamedBefore() {
        assertEquals("prosecutor", with(NAMED_BEFORE, "choice to sail").speakerName());
    }

    @Test
    void notWithoutAVerbOfSaying() {
        assertEquals("prosecutor", with(NO_SPEECH, "choice to sail").speakerName());
    }
}
