package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names20: a description is the one person the article ties to its head noun, before or after the quote:
 * `Dr. Alma Reyes, his longtime physician,` ... `said his longtime personal physician`; `Karl Brenner, a retired
 * neurosurgeon who` ... `the retired neurosurgeon`; `Rep. Lena Marsh (R-Utah)` ... `the Utah Republican`; `Mara
 * Quill, author of a new book` ... `the author`. Two people tied to one head leave the description. Invented text.
 */
class DescribedNameRulesTest {

    private static final String CLINIC = "Governor's health questioned\n\n"
            + "Dr. Alma Reyes, his longtime physician, examined the governor on Monday.\n\n"
            + "The governor, Tom Varga, returned to work on Tuesday. \"He is in excellent health,\" said his longtime"
            + " personal physician.\n\n"
            + "Several doctors disagreed. Karl Brenner, a retired neurosurgeon who lives in Eastbrook, wrote to the"
            + " board.\n\n"
            + "\"The scans tell a different story,\" the retired neurosurgeon told reporters on Wednesday.";

    private static final String CAUCUS = "Budget vote splits caucus\n\n"
            + "\"We cannot support this bill as written,\" the Utah Republican said on Tuesday.\n\n"
            + "Rep. Lena Marsh (R-Utah) has opposed the measure since March. She was joined by Rep. Otto Kline"
            + " (D-Ohio).\n\n"
            + "The book tour began in May. \"I wrote it for my daughter,\" the author said. Mara Quill, author of a"
            + " new book on the flood, spoke in Eastbrook.";

    private static final String TWO = "Stage awards announced\n\n"
            + "Ida Berg, a veteran actress, and Nora Lind, a young actress, shared the prize.\n\n"
            + "\"We did not expect it,\" the actress said.";

    @Test
    void aPhysicianIsThePersonTheArticleCallsSo() {
        assertEquals("Alma Reyes", with(CLINIC, "He is in excellent health").speakerName());
    }

    @Test
    void aNeurosurgeonNamedBeforeWithAWhoClause() {
        assertEquals("Karl Brenner", with(CLINIC, "The scans tell a different story").speakerName());
    }

    @Test
    void aPartyAndStateTagNamesTheRepublicanLater() {
        assertEquals("Lena Marsh", with(CAUCUS, "We cannot support this bill").speakerName());
    }

    @Test
    void anAuthorNamedAfterTheQuote() {
        assertEquals("Mara Quill", with(CAUCUS, "I wrote it for my daughter").speakerName());
    }

    @Test
    void twoActressesLeaveTheDescription() {
        assertEquals("actress", with(TWO, "We did not expect it").speakerName());
    }
}
