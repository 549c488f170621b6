package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction8: how far `content` reaches (`QuoteMarks`, `InterruptedClause`); `segments` and `text` stay
 * the quoted words. Invented text, no code points outside the BMP, so offsets index the string.
 */
class ContentExtentRulesTest {

    private static final String TEXT = "Budget talks\n\n"
            + "\"Quiet,\" the chairwoman said.\n\n"
            + "Cost estimates, the treasurer added, were \u201cfar too optimistic.\u201d\n\n"
            + "In other words, Ida Berg said in an interview afterward, \u201cthe reserve fund is empty.\u201d\n\n"
            + "At the meeting, Tom Moss said the plan was \"a slow-motion mistake.\"\n\n"
            + "The clerk's \"green\" budget, Ray Dunn said, was \"a fraud from the start.\"\n\n"
            + "Back then, the clerk said that, despite the vote, the budget was \"rushed.\"\n\n"
            + "Finally, the mayor said, in turn, that the count was \"sloppy.\"";

    private static String content(ExtractedStatement s) {
        return TEXT.substring(s.content().start(), s.content().end());
    }

    @Test
    void theContentOfAQuoteHoldsItsMarksAndTheTextDoesNot() {
        ExtractedStatement s = with(TEXT, "Quiet");
        assertEquals("\"Quiet,\"", content(s));
        assertEquals("Quiet,", s.text());
        assertEquals("Quiet,", TEXT.substring(s.segments().get(0).start(), s.segments().get(0).end()));
    }

    @Test
    void aCueThatInterruptsTheReportedClauseLeavesItWhole() {
        ExtractedStatement s = with(TEXT, "far too optimistic");
        assertEquals("Cost estimates, the treasurer added, were \u201cfar too optimistic.\u201d", content(s));
        assertEquals("far too optimistic.", s.text());
        assertEquals("the treasurer", s.speakerMention().text());
        assertEquals("In other words, Ida Berg said in an interview afterward, \u201cthe reserve fund is empty.\u201d",
                content(with(TEXT, "reserve fund")));
    }

    @Test
    void aFrontedPhraseBeforeAnUninterruptedCueIsNotTheReportedClause() {
        assertEquals("the plan was \"a slow-motion mistake.\"", content(with(TEXT, "slow-motion")));
    }

    @Test
    void aQuoteBeforeTheSpeakerOrAThatAfterTheCueKeepsTheClauseAfterTheCue() {
        assertEquals("was \"a fraud from the start.\"", content(with(TEXT, "a fraud")));
        assertEquals("despite the vote, the budget was \"rushed.\"", content(with(TEXT, "rushed")));
        assertEquals("in turn, that the count was \"sloppy.\"", content(with(TEXT, "sloppy")));
    }
}
