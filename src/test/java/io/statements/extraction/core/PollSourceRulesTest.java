package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: a poll opening the sentence (`In a Herald poll released Monday, 31% of dockers said ...`) is the
 * source of what the share of respondents after its comma said, as it already was without a verb of saying (`In a
 * Herald poll, 50 percent chose Holt`); the speaker was the share (`31% of dockers`). Invented text.
 */
class PollSourceRulesTest {

    @Test
    void thePollReportsWhatAShareOfRespondentsSaid() {
        ExtractedStatement s = with("Port news.\n\nIn a September Gazette survey, 75 percent of crews said \"most people "
                + "on the board\" cannot be trusted.", "most people on the board");
        assertEquals("a September Gazette survey", s.speakerMention().text(), s.toString());
    }

    @Test
    void theSamePollReportsThemToo() {
        ExtractedStatement s = with("Ferry poll\n\nIn the same poll, 46 percent of voters said the fares were too high.",
                "the fares were too high");
        assertEquals("the same poll", s.speakerMention().text(), s.toString());
    }

    @Test
    void aCoordinatedShareEndsAtThePollToo() {
        ExtractedStatement s = with("Port news.\n\nIn a Herald poll released Monday, 31% of dockers and harbour workers "
                + "said they were \"extremely tired\" of the board.", "extremely tired");
        assertEquals("a Herald poll", s.speakerMention().text(), s.toString());
    }

    @Test
    void aPollWithoutAVerbOfSayingStaysTheSource() {
        ExtractedStatement s = with("Port news.\n\nIn a Herald poll released Sunday, 50 percent chose Holt.",
                "50 percent chose Holt");
        assertEquals("a Herald poll", s.speakerMention().text(), s.toString());
        assertEquals("In", s.cue().text(), s.toString());
    }

    @Test
    void aNamedSpeakerAfterAPollKeepsTheName() {
        ExtractedStatement s = with("Port news.\n\nIn a Herald poll released Sunday, Mayor Anna Holt said the crews "
                + "were \"fed up.\"", "fed up");
        assertEquals("Mayor Anna Holt", s.speakerMention().text(), s.toString());
    }
}
