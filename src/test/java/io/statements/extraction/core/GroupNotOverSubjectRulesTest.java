package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names25, rule group-not-over-subject: people described (`a dock worker`) speaking inside a sentence whose
 * subject is a named person do not keep a `she` after that sentence from meaning the named subject; neither does a
 * person named after them whose gender is unknown. Invented text.
 */
class GroupNotOverSubjectRulesTest {

    private static final String TEXT = "Harbour race\n\n"
            + "The harbour board meets on Monday.\n\n"
            + "Mayor Ida Marsh caused a stir when a dock worker asked if she might hire Reyes.\n\n"
            + "\"What a fine idea. Nobody ever said that to me,\" she replied.";

    @Test
    void theSentenceSubjectReplies() {
        assertEquals("Ida Marsh", with(TEXT, "What a fine idea").speakerName());
    }
}
