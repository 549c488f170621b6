package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n62b, rule speaker-over-possessor ({@link PossessorOverSpeaker}, {@link PronounResolver}): a person named
 * only as a possessor (`Mayor Ana Holt's record`) in the sentence where someone else spoke is not the later
 * `she`. Invented text.
 */
class SpeakerOverPossessorRulesTest {

    @Test
    void theSpeakerOfTheSentenceOverThePossessor() {
        String text = "\"Of course Tom Holt is fair game. He ran the port,\" Susan Berg told the morning show, reminding "
                + "the hosts that her rival has attacked Mayor Ana Holt's record.\n\n"
                + "\"Still, nobody wins a vote by going after a spouse,\" she said.";
        assertEquals("Susan Berg", with(text, "going after a spouse").speakerName());
    }

    @Test
    void aPossessorOfTheOtherGenderLeavesNothingToChange() {
        String text = "\"Of course Tom Holt is fair game,\" Ida Berg told the morning show.\n\n"
                + "\"Still, nobody wins a vote by going after a spouse,\" she said.";
        assertEquals("Ida Berg", with(text, "going after a spouse").speakerName());
    }

    @Test
    void aPossessorNamedAfterNoSpeakerStays() {
        String text = "The council met on Monday and reviewed Mayor Ana Holt's record.\n\n"
                + "Later she said the record \"speaks for itself\" and left.";
        assertEquals("Ana Holt", with(text, "speaks for itself").speakerName());
    }
}
