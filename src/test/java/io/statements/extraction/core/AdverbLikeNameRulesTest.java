package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A name ending in -ly opening a sentence (`Carly`, `Kelly`, `Jolly`) is the subject, not an introductory adverb like
 * `Finally,` (session extraction14): it was skipped up to the next comma and the participle after it lost its speaker.
 * Only names the article gives a person count. Invented sentences.
 */
class AdverbLikeNameRulesTest {

    @Test
    void aFirstNameEndingInLyOpensTheSubject() {
        ExtractedStatement s = with("Ferry vote.\n\nCarly Madsen backed the harbour plan on Monday, saying it was "
                + "\"the best deal we will get.\"", "the best deal we will get");
        assertNotNull(s.speakerMention(), s.toString());
        assertEquals("Carly Madsen", s.speakerName(), s.toString());
    }

    @Test
    void aLastNameEndingInLyIsTheSpeakerOfALaterSentence() {
        ExtractedStatement s = with("Ferry vote.\n\nTom Jolly, the harbour master, spoke first.\n\nJolly said he would "
                + "be careful with the budget, calling the old plan \"a waste.\"", "a waste");
        assertEquals("Tom Jolly", s.speakerName(), s.toString());
    }

    @Test
    void anAdverbOpeningTheSentenceIsStillSkipped() {
        ExtractedStatement s = with("Ferry vote.\n\nFinally, Mayor Anna Holt backed the plan, saying it was \"long "
                + "overdue.\"", "long overdue");
        assertEquals("Anna Holt", s.speakerName(), s.toString());
    }
}
