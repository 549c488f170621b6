package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Session extraction4: refusals to speak and data that shows something (NonSpeechSieve). Invented text. */
class NonSpeechRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "A spokeswoman for the Harbour Board declined to comment. Mayor Anna Holt refused to say whether the "
            + "gates were tested. Polls show that most residents favour the new quay. The gates show signs of wear.";

    @Test
    void aRefusalToSpeakIsAnAttributionOfItsInfinitive() {
        ExtractedStatement s = with(TEXT, "to comment");
        assertEquals("non-speech", s.sieve());
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("A spokeswoman for the Harbour Board", s.speakerMention().text());
        assertEquals("declined", s.cue().text());
        assertEquals("Anna Holt", with(TEXT, "to say whether the gates were tested").speakerName());
    }

    @Test
    void dataThatShowsSomethingIsItsSource() {
        ExtractedStatement s = with(TEXT, "most residents favour the new quay");
        assertEquals("Polls", s.speakerMention().text());
        assertEquals("show", s.cue().text());
    }

    @Test
    void somethingElseThatShowsIsNoSource() {
        assertTrue(Extracted.all(TEXT).stream().noneMatch(s -> s.text().contains("signs of wear")));
    }

    @Test
    void aPollOpeningTheSentenceIsTheSourceOfTheClauseAfterIt() {
        String text = "Harbour news\n\nIn a Herald poll published Friday, 41 percent of voters chose Holt. "
                + "In the meantime, the gates were shut for repairs.";
        ExtractedStatement s = with(text, "41 percent of voters chose Holt");
        assertEquals("a Herald poll", s.speakerMention().text());
        assertTrue(Extracted.all(text).stream().noneMatch(x -> x.text().contains("gates were shut")));
    }
}
