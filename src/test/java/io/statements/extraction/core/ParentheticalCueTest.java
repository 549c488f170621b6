package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Session extraction6: a verb of saying set off by commas inside the sentence it reports. Invented text. */
class ParentheticalCueTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Ida Berg has run the ferry office for ten years.\n\n"
            + "This season, she says, is different from every other one.\n\n"
            + "The night ferry, the harbour master said on Monday, will run again in May.\n\n"
            + "The budget, Holt argued, was never going to survive the winter.\n\n"
            + "\"The gates,\" Holt said, \"were never tested in a real storm.\"";

    @Test
    void theSentenceAroundTheParentheticalIsTheContent() {
        ExtractedStatement s = with(TEXT, "is different from every other one");
        assertEquals("parenthetical", s.sieve());
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("she", s.speakerMention().text());
        assertEquals("Ida Berg", s.speakerName());
        assertTrue(TEXT.substring(s.content().start()).startsWith("This season"));
    }

    @Test
    void aTitledSubjectAndATimeAfterTheVerb() {
        ExtractedStatement s = with(TEXT, "will run again in May");
        assertEquals("parenthetical", s.sieve());
        assertEquals("the harbour master", s.speakerMention().text());
        assertEquals("said", s.cue().text());
        assertEquals("Holt", with(TEXT, "never going to survive").speakerName());
    }

    @Test
    void aSplitQuoteIsLeftToTheQuoteSieves() {
        assertTrue(all(TEXT).stream().filter(x -> x.text().contains("never tested"))
                .noneMatch(x -> x.sieve().equals("parenthetical")));
    }
}
