package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Sessions n50b, n50g, rule unspeaking-subject: a cue-less quote whose sentence opens with a focus adverb or a bare
 * function word (`Just a week before the vote the treasurer, X, had ...`) takes the subject after that word; the
 * speaker was `Just`. Near-misses: a subject that refers (`This makes it "..."`), a name opening the sentence.
 * Invented text.
 */
class UnspeakingSubjectRulesTest {

    @Test
    void aFocusAdverbGivesWayToTheSubjectAfterIt() {
        ExtractedStatement s = with("Ferry news.\n\nThe council approved the contract. Just a week before the vote the "
                + "treasurer, Odile Fenwarde, had walked out because the old deal was \"costing every household twice "
                + "over\".", "twice over");
        assertEquals("Odile Fenwarde", s.speakerName(), s.toString());
    }

    @Test
    void aSpanOfTimeAfterTheAdverbIsNoSubject() {
        ExtractedStatement s = with("Ferry news.\n\nThe deal surprised many. Just three weeks earlier the broker, "
                + "Halvard Quist, had halted the talks because they were \"getting nowhere at any speed\".", "nowhere");
        assertEquals("Halvard Quist", s.speakerName(), s.toString());
    }

    @Test
    void anAdverbBeforeATimePhraseAndACommonNounIsNoSpeaker() {
        ExtractedStatement s = with("Ferry news.\n\nThe council approved the contract. Only days earlier the ferry "
                + "crews had struck because the rota was \"breaking every family on the island\".", "every family");
        assertNotEquals("Only", s.speakerName(), s.toString());
    }

    @Test
    void aNamedSubjectStaysTheSpeaker() {
        ExtractedStatement s = with("Ferry news.\n\nThe council approved the contract. Ida Berg had called the levy "
                + "\"a quiet tax on every boat in the bay\" all spring.", "quiet tax");
        assertEquals("Ida Berg", s.speakerName(), s.toString());
    }

    @Test
    void aDemonstrativeSubjectStillGoesOnWithTheQuoteBefore() {
        ExtractedStatement s = with("Port news.\n\n\"The ferry has never once been late,\" Tom Reyes has said. "
                + "That makes it \"the steadiest boat on the whole coast.\"", "steadiest boat");
        assertEquals("Tom Reyes", s.speakerName(), s.toString());
    }
}
