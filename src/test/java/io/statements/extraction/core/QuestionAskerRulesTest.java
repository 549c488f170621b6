package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Session extraction6: `Asked on the radio who ...`, `Asked by X whether ...`: the question and its asker. Invented
 * text. */
class QuestionAskerRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Asked on the radio who leads the council in his view, Holt said the mayor still does.\n\n"
            + "Asked by the reporter Maja Lind whether the port would close, Vance said nothing at all.";

    @Test
    void aPhraseBetweenAskedAndTheQuestionIsSkipped() {
        ExtractedStatement s = with(TEXT, "who leads the council");
        assertEquals("question", s.sieve());
        assertNull(s.speakerName());
    }

    @Test
    void theAgentAfterByIsTheAsker() {
        ExtractedStatement s = with(TEXT, "whether the port would close");
        assertEquals("question", s.sieve());
        assertEquals("Maja Lind", s.speakerName());
    }
}
