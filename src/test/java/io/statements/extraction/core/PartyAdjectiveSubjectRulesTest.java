package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule party-adjective-subject (sessions names26 and names27, which found it apart): a subject opened by a capitalised
 * party adjective goes on over the lower-case words after it (`Democratic leaders are sounding a warning`,
 * `Republican presidential front-runner Tom Reyes is insisting`); the adjective alone is no speaker. Invented text.
 */
class PartyAdjectiveSubjectRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Democratic leaders are sounding a warning that might aid the mayor: the ferry plan might fail.\n\n"
            + "Republican presidential front-runner Tom Reyes is insisting that the ferry must run all winter.";

    @Test
    void theGroupTheAdjectiveOpens() {
        assertEquals("Democratic leaders", with(TEXT, "the ferry plan might fail").speakerName());
    }

    @Test
    void theNameAfterTheDescription() {
        assertEquals("Tom Reyes", with(TEXT, "run all winter").speakerName());
    }

    @Test
    void adjectivesBeforeTheTitleAndName() {
        String text = "Harbour news\n\n"
                + "Republican presidential front-runner Paul Dorn is insisting that he has \"widened the party\" in"
                + " every state.\n\n"
                + "Democratic presidential front-runner Ann Cole addressed the students, vowing to protect the port.\n";
        assertEquals("Paul Dorn", with(text, "widened the party").speakerName());
        assertEquals("Ann Cole", with(text, "protect the port").speakerName());
    }
}
