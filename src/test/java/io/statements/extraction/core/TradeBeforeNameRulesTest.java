package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names21: a trade before a full name (`Actor Brisco Tandy`, `Journalist Oren Vasquez`) is no part of the name
 * even when the first name is no common one; `Republican National Committee` keeps its first word. Invented text.
 */
class TradeBeforeNameRulesTest {

    private static final String TEXT = "Stars weigh in on harbour vote\n\n"
            + "Actor Brisco Tandy said the port plan was \"a gift to the shipping lines.\"\n\n"
            + "Journalist Oren Vasquez wrote that the vote \"was rigged from the start.\"\n\n"
            + "\"Tandy is wrong,\" the Republican National Committee said in a statement.";

    @Test
    void aTradeIsNoPartOfTheName() {
        assertEquals("Brisco Tandy", with(TEXT, "a gift to the shipping").speakerName());
        assertEquals("Oren Vasquez", with(TEXT, "rigged from the start").speakerName());
    }

    @Test
    void anOrganisationKeepsItsFirstWord() {
        assertEquals("Republican National Committee", with(TEXT, "Tandy is wrong").speakerName());
    }
}
