package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session extraction12: in an interview transcript the `Q:` and `A:` labels were speakers named "Q" and "A" (63
 * train/dev statements); they are the paragraph's label (its mention) and name nobody, while a named label keeps its
 * person. Invented text.
 */
class InterviewLabelRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Mayor Ida Berg spoke to us about the ferry. Here is the edited transcript.\n\n"
            + "Q: You have been talking about the fares all week. Why now?\n\n"
            + "A: Because the council voted on Monday. Everybody knew it was coming.\n\n"
            + "BERG: And we will appeal the vote.";

    @Test
    void questionAndAnswerLabelsNameNobody() {
        ExtractedStatement q = with(TEXT, "talking about the fares");
        assertEquals("Q", q.speakerMention().text());
        assertNull(q.speakerName());
        ExtractedStatement a = with(TEXT, "the council voted on Monday");
        assertEquals("A", a.speakerMention().text());
        assertNull(a.speakerName());
    }

    @Test
    void aNamedLabelKeepsItsPerson() {
        assertEquals("Ida Berg", with(TEXT, "we will appeal the vote").speakerName());
    }
}
