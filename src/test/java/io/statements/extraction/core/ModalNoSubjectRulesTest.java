package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Session names36, rule modal-no-subject: `he cannot predict X but said "..."`: `cannot` is an auxiliary, not a subject. */
class ModalNoSubjectRulesTest {

    @Test
    void theSubjectBeforeCannotSpeaks() {
        String text = "The adviser Tom Reyes spoke to reporters on Monday.\n\n"
                + "He went on by saying that he cannot predict the end of the repairs but said the crews will reopen "
                + "\"the old bridge\" soon.";
        assertEquals("Tom Reyes", with(text, "the old bridge").speakerName());
    }
}
