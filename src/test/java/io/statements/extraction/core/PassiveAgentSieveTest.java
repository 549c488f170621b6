package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Session extraction6: a verb of saying in the passive with its agent after `by`. Invented text. */
class PassiveAgentSieveTest {

    private static final String TEXT = "Harbour news\n\n"
            + "The old quay, called the \"Jewel of the North\" by the townspeople, is falling apart.\n\n"
            + "The inquiry, often labeled a \"witch hunt\" by the harbour union, will report in May.\n\n"
            + "Holt was asked by the moderator whether the budget would \"survive another winter.\"\n\n"
            + "The report must be \"finished and signed\" by Friday, the board said.";

    @Test
    void theAgentAfterTheQuoteIsTheSpeaker() {
        ExtractedStatement s = with(TEXT, "Jewel of the North");
        assertEquals("passive-agent", s.sieve());
        assertEquals("the townspeople", s.speakerMention().text());
        assertEquals("harbour union", with(TEXT, "witch hunt").speakerName());
    }

    @Test
    void theAgentRightAfterTheParticipleIsTheSpeaker() {
        ExtractedStatement s = with(TEXT, "survive another winter");
        assertEquals("passive-agent", s.sieve());
        assertEquals("the moderator", s.speakerMention().text());
    }

    @Test
    void aDeadlineAfterByIsNoAgent() {
        ExtractedStatement s = with(TEXT, "finished and signed");
        assertNotEquals("passive-agent", s.sieve());
        assertEquals("the board", s.speakerMention().text());
    }
}
