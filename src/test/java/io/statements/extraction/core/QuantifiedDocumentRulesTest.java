package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names17: documents by several hands (`Several reports said`, `Multiple reports have said`) are named by
 * the phrase, a group, never a person called `Several` or `Multiple` (the quantifier is capitalised only because it
 * opens the sentence), and `reports` after such a quantifier is a noun, not the cue. Invented text.
 */
class QuantifiedDocumentRulesTest {

    private static final String TEXT = "Harbour deal questioned\n\n"
            + "The board denied wrongdoing but admitted \"one or two mistakes\" in its accounts.\n\n"
            + "Several reports said the board \"never disclosed the gifts\" to the council.\n\n"
            + "Multiple reports have said the harbour board took money from \"foreign shipping interests\" before the"
            + " vote.";

    @Test
    void severalReportsAreNoPerson() {
        ExtractedStatement s = with(TEXT, "never disclosed");
        assertEquals("several reports", s.speakerName());
        assertEquals(SpeakerKind.GROUP, s.speakerKind());
    }

    @Test
    void multipleReportsAreNoPerson() {
        assertEquals("multiple reports", with(TEXT, "foreign shipping").speakerName());
    }
}
