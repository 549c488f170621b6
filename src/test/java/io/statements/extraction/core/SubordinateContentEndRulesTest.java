package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names38, rule subordinate-content-end: a verb of saying in a subordinate clause opening the sentence reports
 * up to the comma where the main clause (a subject and its verb) begins; a short opening phrase of the reported
 * clause itself (`even on Friday morning,`) does not end it. Invented text.
 */
class SubordinateContentEndRulesTest {

    private static final String TEXT = "Ferry berths traded again\n\n"
            + "While critics argue that trading ferry berths invites abuse of the system, the harbour master has deemed"
            + " some trades fair.\n\n"
            + "As Ida Berg warned that the fares would double within a year, Tom Reyes backed the budget anyway.\n\n"
            + "Because the mayor said that even on Friday morning, the board was refusing to meet, the council"
            + " adjourned.";

    @Test
    void theReportEndsWhereTheMainClauseBegins() {
        assertEquals("trading ferry berths invites abuse of the system", with(TEXT, "trading ferry berths").text());
        assertEquals("the fares would double within a year", with(TEXT, "the fares would double").text());
    }

    @Test
    void anOpeningPhraseOfTheReportDoesNotEndIt() {
        assertEquals("even on Friday morning, the board was refusing to meet", with(TEXT, "even on Friday").text());
    }
}
