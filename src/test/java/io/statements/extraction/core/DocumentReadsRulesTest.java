package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session names36, rule document-reads: `The statement reads: "..."` quotes the document as `said` would; the text
 * is its author's, never a speaker named `statement reads`.
 */
class DocumentReadsRulesTest {

    private static final String ISSUED = "The Water Board on Monday asked residents to stay calm after the flood.\n\n"
            + "A statement issued by the board said it had no plans to close the dam.\n\n";

    @Test
    void aStatementThatReadsIsItsIssuers() {
        String text = ISSUED + "The statement reads: \"The board will publish the new water prices in May.\"";
        assertEquals("Water Board", with(text, "new water prices").speakerName());
    }

    @Test
    void aStatementThatReadInPartIsItsIssuers() {
        String text = ISSUED + "The statement read, in part: \"Our crews will not open the gates after dark.\"";
        assertEquals("Water Board", with(text, "will not open").speakerName());
    }

    @Test
    void oneMessageIsNoAuthorCalledOne() {
        String text = "Small planes wrote slogans over the parade on Sunday.\n\n"
                + "One message read \"Vote them out\" in letters a mile long.";
        assertNull(with(text, "Vote them out").speakerName());
    }
}
