package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction10: a verb of saying in a subordinate clause opening the sentence is not the attribution of a
 * quote in the main clause after it, which has a subject of its own (`When X suggested ..., Y fired back: "..."`).
 * Invented text.
 */
class OpeningSubordinateRulesTest {

    @Test
    void theMainClauseSubjectIsTheSpeaker() {
        ExtractedStatement s = with("When Okafor suggested that the port would sue the city, Mayor Ruth Adler fired"
                + " back: \"If they sue us, they are going to lose.\"", "going to lose");
        assertEquals("Ruth Adler", s.speakerName());
    }

    @Test
    void aCommaAfterTheCueWithoutANewSubjectKeepsTheCue() {
        ExtractedStatement s = with("After the vote, Okafor said the plan was \"dead in the water\" for now.",
                "dead in the water");
        assertEquals("Okafor", s.speakerName());
        assertEquals("leading-cue", s.sieve());
    }

    @Test
    void aQuestionOpeningTheSentenceKeepsItsCue() {
        ExtractedStatement s = with("Port news\n\nMayor Ruth Adler spoke.\n\nWhen asked about the fares, Adler said:"
                + " \"They stay where they are.\"", "They stay");
        assertEquals("Ruth Adler", s.speakerName());
        assertEquals("leading-cue", s.sieve());
    }
}
