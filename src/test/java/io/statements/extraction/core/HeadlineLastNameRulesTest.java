package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: a headline's Title Case words before a last name (`Understated Quill wins over the port`) are no
 * full name; the body's `Sarah Quill` is whom a later `Quill said` means (was `Understated Quill`). A headline name
 * that opens with a first name keeps its place. Invented text.
 */
class HeadlineLastNameRulesTest {

    private static final String TEXT = "Understated Quill wins over the port\n\n"
            + "Sarah Quill, the harbour commissioner, won the vote on Monday.\n\n"
            + "\"We kept the docks open,\" Quill said.";

    @Test
    void theBodysFullNameWinsOverTheHeadlinesWords() {
        assertEquals("Sarah Quill", with(TEXT, "kept the docks open").speakerName());
    }
}
