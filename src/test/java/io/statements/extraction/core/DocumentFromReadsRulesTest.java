package io.statements.extraction.core;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session names47, rule document-from-reads (`DocumentReads.authoredDocumentBefore`): `A statement from X's office
 * read: "..."`, `A letter by X reads: "..."`: a document noun and its author after `from`/`by` before `read` set out
 * the document's text, which is X's; `read` after anything else stays no cue. Invented text.
 */
class DocumentFromReadsRulesTest {

    @Test
    void aStatementFromAnOfficeRead() {
        String text = "Dam vote\n\nGovernor Halvard Penrose backed the dam on Monday.\n\n"
                + "A statement from Senator Lucille Varga's office read: \"The governor is rushing a decision that"
                + " will flood three towns.\"";
        assertEquals("Lucille Varga", with(text, "The governor is rushing a decision").speakerName());
    }

    @Test
    void aLetterByAMayorReads() {
        String text = "Ferry\n\nThe ferry will stop in May.\n\n"
                + "A letter by Mayor Ida Berg reads: \"The island cannot live without its ferry.\"";
        assertEquals("Ida Berg", with(text, "The island cannot live").speakerName());
    }

    @Test
    void aPersonFromTheVillageReadingIsNoDocument() {
        String text = "Ferry\n\nA teacher from the village read the timetable aloud to the meeting on Monday.";
        List<ExtractedStatement> all = Extracted.all(text);
        assertTrue(all.stream().noneMatch(s -> s.text().contains("timetable")), all.toString());
    }
}
