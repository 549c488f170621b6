package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names35, rule state-description-last-named: `the Vermont senator` after a sentence whose subject names
 * nobody (`Yet it was unclear whether Quill ...`) and with no speaker before is the person that sentence names last.
 * Invented text.
 */
class StateDescriptionLastNamedRulesTest {

    private static final String TEXT = "Party leaders meet\n\n"
            + "Party leaders hoped the meeting with Amos Quill would calm the feud. Quill met them on Tuesday.\n\n"
            + "Yet it was unclear whether Quill was ready to concede. The Vermont senator wrote to backers saying "
            + "the fight \"goes on\" and promising to stay in the race.";

    @Test
    void theStateDescriptionIsThePersonNamedLast() {
        assertEquals("Amos Quill", with(TEXT, "goes on").speakerName());
    }
}
