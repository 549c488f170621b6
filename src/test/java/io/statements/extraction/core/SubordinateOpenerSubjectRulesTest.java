package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names24, rule subordinate-opener-subject: a sentence opened by a subordinate clause without a comma (`When
 * he came back he started by saying, "..."`) speaks through the main clause's subject, not through `When`. Invented text.
 */
class SubordinateOpenerSubjectRulesTest {

    @Test
    void mainClauseSubjectAfterCommalessWhenClause() {
        String text = "A quiet hearing in Dunmore\n\n"
                + "Judge Harriet Colby called a short recess. When she came back she started by saying, \"I see no reason"
                + " to keep the defendant in custody.\" The room relaxed.\n";
        assertEquals("Harriet Colby", with(text, "I see no reason").speakerName());
    }

    @Test
    void heIsNotAWomanNamedWendy() {
        String text = "A quiet hearing in Dunmore\n\n"
                + "Judge Colby called a short recess. Wendy Marsh had written to the court for her friend. When he"
                + " came back he started by saying, \"I see no reason to keep the defendant in custody.\"\n";
        // Wendy Marsh, named last, is a woman (`wendy` in the female first names): without that the `he` was hers
        assertEquals("Colby", with(text, "I see no reason").speakerName());
    }
}
