package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session extraction6: a subject kept from its verb by interruptions with a quoted title inside, by three of them,
 * by a participle (`released on Monday`) or by a `when asked` clause. Invented text.
 */
class LongInterruptionRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Ines Calder, the author of \"Tides of Trouble,\" about the history of the port, said the new wall "
            + "would \"fail within a decade.\"\n\n"
            + "Bram Oduya, a contestant on the quiz show, \"Know Your Town,\" who went on to work for the council, "
            + "said his old boss was \"always fair and patient.\"\n\n"
            + "The port authority's audit, released on Monday, says the ferry contract was \"badly drafted.\"\n\n"
            + "Lena Morsi, when asked what was wrong with the plan, responded that the budget \"simply does not add "
            + "up.\"";

    @Test
    void aQuotedTitleInsideAnAppositiveDoesNotEndIt() {
        assertEquals("Ines Calder", with(TEXT, "fail within a decade").speakerName());
    }

    @Test
    void threeInterruptionsOneOfThemATitle() {
        assertEquals("Bram Oduya", with(TEXT, "always fair and patient").speakerName());
    }

    @Test
    void aParticiplePhraseInterrupts() {
        ExtractedStatement s = with(TEXT, "badly drafted");
        assertTrue(s.speakerMention().text().startsWith("The port authority's audit"), s.speakerMention().text());
    }

    @Test
    void aWhenAskedClauseInterrupts() {
        assertEquals("Lena Morsi", with(TEXT, "simply does not add").speakerName());
    }
}
