package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names25, rule statement-of-responder: `the statement said` right after a sentence reporting someone's
 * response is that responder's statement, not the statement of an organisation named before the response. Invented
 * text.
 */
class StatementOfResponderRulesTest {

    private static final String TEXT = "Harbour rent\n\n"
            + "The payments were large, according to Port Authority records.\n\n"
            + "The Marsh campaign on Monday responded that it had moved into a bigger office. \"Ms. Marsh also gives"
            + " far more than the rent to the campaign every month,\" the statement said.";

    @Test
    void theResponderIssuedTheStatement() {
        assertEquals("Marsh campaign", with(TEXT, "far more than the rent").speakerName());
    }
}
