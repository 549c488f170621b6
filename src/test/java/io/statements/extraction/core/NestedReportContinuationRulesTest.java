package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: a quote after a sentence whose reported clause holds another verb of saying or belief
 * (`Ida Berg added that the board very much wants ...`) continues the outer attribution, not the inner one (which
 * {@code NestedReports} drops anyway); the speaker was `the board very much`, cue `wants`. Invented text.
 */
class NestedReportContinuationRulesTest {

    @Test
    void theQuoteAfterContinuesTheOuterSpeaker() {
        ExtractedStatement s = with("Port news.\n\nIda Berg added that the board very much wants to be done with it "
                + "before the vote. \"They will not say so in public, but they will move for political reasons.\"",
                "political reasons");
        assertEquals("Ida Berg", s.speakerMention().text(), s.toString());
        assertEquals("added", s.cue().text(), s.toString());
    }

    @Test
    void anInnerPronounIsNotTheMentionEither() {
        ExtractedStatement s = with("Port news.\n\nTom Reyes said he believes the crews are right. \"The fees are too "
                + "high.\"", "fees are too high");
        assertEquals("Tom Reyes", s.speakerMention().text(), s.toString());
    }
}
