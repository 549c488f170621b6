package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session names28, rule repeated-speaker-nesting: a speaker named again inside the reported clause of their own
 * statement (`Reyes said that ... a bill that Reyes said would make "..."`) does not split the statement: the quote
 * belongs to the outer attribution with its whole clause. Invented text.
 */
class RepeatedSpeakerNestingRulesTest {

    private static final String TEXT = "Harbour race\n\n"
            + "The ferry bill has divided the harbour towns.\n\n"
            + "Reyes said on Friday that he means to table his own ferry plan after attacking a bill backed by the"
            + " board that Reyes said would leave the quay \"a ghost town by winter.\"";

    @Test
    void theOuterClauseIsTheStatement() {
        ExtractedStatement st = with(TEXT, "a ghost town by winter");
        assertEquals("Reyes", st.speakerName());
        assertTrue(st.content().start() <= TEXT.indexOf("he means to table"), st.toString());
    }
}
