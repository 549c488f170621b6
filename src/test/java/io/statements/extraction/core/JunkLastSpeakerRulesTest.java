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
            + "Harbour master Tom Reyes showed no sign on Monday that he was planning to apologize. While saying that "
            + "he does respect Mrs. Berg, he continued to express doubts about her plan and made clear that he did "
            + "not intend to hold back.";

    @Test
    void aClauseWordThatSpokeIsNoAntecedent() {
        assertEquals("Tom Reyes", with(TEXT, "express doubts").speakerName());
    }
}
