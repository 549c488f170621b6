package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names29, rule junk-not-last-speaker: a last speaker the output names nobody (`While`, a clause word taken
 * for a subject) is no antecedent for the `he` after it, which looks further back. Invented text.
 */
class JunkLastSpeakerRulesTest {

    private static final String TEXT = "Ferry row\n\n"
            + "Harbour master Tom Reyes gave no hint on Monday that he meant to back down. While saying that he likes "
            + "Mrs. Berg, he continued to attack her ferry plan at the meeting.";

    @Test
    void aClauseWordThatSpokeIsNoAntecedent() {
        assertEquals("Tom Reyes", with(TEXT, "he likes Mrs. Berg").speakerName());
    }
}
