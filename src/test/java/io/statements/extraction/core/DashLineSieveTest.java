package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Session extraction6: a quote paragraph signed by a dash line after it (`- Jane Roe.`). Invented text. */
class DashLineSieveTest {

    private static final String TEXT = "What the candidates said at the harbour debate\n\n"
            + "\"We will rebuild the sea wall before the winter storms arrive.\"\n\n"
            + "- Marta Lindqvist.\n\n"
            + "The claim is partly true: the money was promised, but no contract has been signed.\n\n"
            + "\"Nobody has asked the ferry workers what they think of the new timetable.\"\n\n"
            + "-Councillor Pavel Dorn, speaking after the vote.\n\n"
            + "\"The tunnel will cost twice what the council says it will cost.\"\n\n"
            + "- The engineers who reviewed the plan last spring found several problems with the budget and the "
            + "schedule, and they asked for a second review.";

    @Test
    void aDashLineAfterAQuoteParagraphNamesItsSpeaker() {
        ExtractedStatement s = with(TEXT, "rebuild the sea wall");
        assertEquals("dash-line", s.sieve());
        assertEquals("Marta Lindqvist", s.speakerName());
        assertEquals(StatementKind.DIRECT, s.kind());
    }

    @Test
    void aTitleAndATrailingPhraseAfterACommaAreAllowed() {
        ExtractedStatement s = with(TEXT, "Nobody has asked the ferry workers");
        assertEquals("dash-line", s.sieve());
        assertEquals("Pavel Dorn", s.speakerName());
    }

    @Test
    void aLongSentenceAfterADashIsNoSignature() {
        assertNotEquals("dash-line", with(TEXT, "cost twice what the council").sieve());
    }
}
