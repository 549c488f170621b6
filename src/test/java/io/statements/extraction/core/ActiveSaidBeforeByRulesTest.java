package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: `Marsh said the "..." by Lamb last week`: `said` after a name is active, so the `by` after the quote
 * names whose deeds the quote is about, not its speaker (the passive-agent sieve made `Lamb last` the speaker); a
 * passive `was called "..." by the board` keeps its agent. Invented text.
 */
class ActiveSaidBeforeByRulesTest {

    private static final String TEXT = "Toll row\n\n"
            + "Port Commissioner Nora Marsh has asked the board to drop the plan.\n\n"
            + "According to the Harbour Times, Marsh said the \"ugliness of the remarks, largely unprompted,\" by Lamb"
            + " last week stood out.\n\n"
            + "The plan was called \"a fair deal for every family\" by the harbour board.";

    @Test
    void aNameBeforeSaidMakesItActive() {
        assertEquals("Nora Marsh", with(TEXT, "ugliness of the remarks").speakerName());
    }

    @Test
    void aPassiveKeepsItsAgent() {
        assertEquals("harbour board", with(TEXT, "a fair deal for every family").speakerName());
    }
}
