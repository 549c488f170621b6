package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names35, rule coordinated-description: `The Democratic front-runner and former state treasurer said` is one
 * person with two roles, the one the story is about, not `former state treasurer` (the second description alone).
 * Invented text.
 */
class CoordinatedDescriptionRulesTest {

    private static final String TEXT = "Ward pushes port plan\n\n"
            + "Ellen Ward wants the port reopened before winter. \"We are not there yet, but we are close,\" Ward said on "
            + "Sunday. \"I think the port will reopen.\"\n\n"
            + "The Democratic front-runner and former state treasurer said the city \"clearly\" needed a new tax plan.";

    @Test
    void theFirstDescriptionNamesThePerson() {
        assertEquals("Ellen Ward", with(TEXT, "clearly").speakerName());
    }
}
