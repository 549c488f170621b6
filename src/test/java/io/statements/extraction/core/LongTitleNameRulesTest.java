package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names36, rule long-title-name: an office written out in full before its holder (`Deputy Minister for X of
 * the Y Lena Okafor`): the person is the name closing it, and `the minister` later is that person.
 */
class LongTitleNameRulesTest {

    private static final String TEXT = "The council will not meet in the old hall because of its \"leaking roof\", "
            + "Deputy Mayor for Housing of the Northern District Pavel Dorenko said.\n\n"
            + "\"We told them that we would not come back until the roof was fixed,\" the deputy mayor said. "
            + "Dorenko left early.";

    @Test
    void theNameClosesTheWrittenOutOffice() {
        assertEquals("Pavel Dorenko", with(TEXT, "leaking roof").speakerName());
    }

    @Test
    void theTitleAloneLaterIsThatPerson() {
        assertEquals("Pavel Dorenko", with(TEXT, "We told them").speakerName());
    }

    @Test
    void aCommonFirstNameIsEnoughEvidence() {
        String text = "Senior Adviser to the Minister of Finance Peter Lindqvist said the plan was \"sound\".";
        assertEquals("Peter Lindqvist", with(text, "sound").speakerName());
    }
}
