package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names27, rule party-adjective-subject: a subject opened by a capitalised party adjective goes on over the
 * lower-case words after it (`Democratic leaders are putting out a warning`, `Republican presidential front-runner
 * Tom Reyes is insisting`); the adjective alone is no speaker. Invented text.
 */
class PartyAdjectiveSubjectRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Democratic leaders are putting out a warning that could help the mayor: the ferry plan might fail.\n\n"
            + "Republican presidential front-runner Tom Reyes is insisting that the ferry must run all winter.";

    @Test
    void theGroupTheAdjectiveOpens() {
        assertEquals("Democratic leaders", with(TEXT, "the ferry plan might fail").speakerName());
    }

    @Test
    void theNameAfterTheDescription() {
        assertEquals("Tom Reyes", with(TEXT, "run all winter").speakerName());
    }
}
