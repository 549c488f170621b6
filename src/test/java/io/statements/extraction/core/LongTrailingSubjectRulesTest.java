package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction6: an attribution after the quote whose subject carries a long appositive (`"...," Name, a long
 * title at the Institute, said`), also after a quote ending with `?` (no sentence break before the name). Invented
 * text.
 */
class LongTrailingSubjectRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "\"Nothing we could do now would make a difference to the port,\" Tom Varga, director of the Harbour "
            + "Project at the Coastal Institute for Port Studies, said in an interview.\n\n"
            + "\"The ruling recognizes that safety can be kept along with jobs,\" Ann Bolt, attorney for one of four "
            + "groups to take the levy to court, said in a statement.\n\n"
            + "\"I am calling from the harbour campaign. How are you today?\" Ida Miller, a former clerk at a "
            + "paper mill, said cheerfully down the line.\n\n"
            + "\"The ferry is late again,\" the captain wrote in a long letter to the harbour board, the city council "
            + "and the regional transport authority, which said nothing.";

    @Test
    void aNameWithALongAppositiveBeforeTheVerbIsTheSpeaker() {
        assertEquals("Tom Varga", with(TEXT, "make a difference to the port").speakerName());
        assertEquals("Ann Bolt", with(TEXT, "safety can be kept").speakerName());
    }

    @Test
    void aQuestionMarkBeforeTheNameDoesNotEndTheSentence() {
        ExtractedStatement s = with(TEXT, "How are you today?");
        assertEquals("trailing-cue", s.sieve());
        assertEquals("Ida Miller", s.speakerName());
    }

    @Test
    void theNearCueStillWinsOverAFarOne() {
        assertEquals("the captain", with(TEXT, "The ferry is late again").speakerMention().text());
    }
}
