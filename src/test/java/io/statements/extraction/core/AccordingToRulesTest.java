package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session extraction4: what `according to X` attributes in its sentence (AccordingToSpans). Invented text. */
class AccordingToRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "It is no secret: According to recent polls, Mayor Holt wins just 9 percent of the harbour vote.\n\n"
            + "In addition, according to the harbour department, nine hundred more berths will be built.\n\n"
            + "Fundraising, according to the Holt campaign, has doubled since the spring.\n\n"
            + "The gates were left open for six hours, according to the union.";

    @Test
    void afterAColonOrAConnectiveTheClauseAfterTheSourceIsTheContent() {
        ExtractedStatement polls = with(TEXT, "wins just 9 percent");
        assertEquals("Mayor Holt wins just 9 percent of the harbour vote", polls.text());
        assertEquals("recent polls", polls.speakerMention().text());
        assertEquals("nine hundred more berths will be built", with(TEXT, "nine hundred").text());
    }

    @Test
    void insideASentenceTheWholeSentenceIsTheContent() {
        ExtractedStatement s = with(TEXT, "Fundraising");
        assertEquals("Fundraising, according to the Holt campaign, has doubled since the spring", s.text());
        assertEquals("the Holt campaign", s.speakerMention().text());
    }

    @Test
    void atTheEndTheClauseBeforeIsTheContent() {
        assertEquals("The gates were left open for six hours", with(TEXT, "six hours").text());
    }
}
