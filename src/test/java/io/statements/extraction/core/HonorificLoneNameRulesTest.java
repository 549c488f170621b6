package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names21: `Mr. Haddad` where the only full name of that last name is a woman's (`Omar and Mary Haddad`
 * yields `Mary Haddad` only; `the governor's wife, Linda Whitmore,` beside `Mr. Whitmore`) is not her: the bare last
 * name stays. `Ms. Haddad` still finds her full name. Invented text.
 */
class HonorificLoneNameRulesTest {

    private static final String TEXT = "Parents answer the mayor\n\n"
            + "The parents, Omar and Mary Haddad, spoke at the harbour rally on Sunday.\n\n"
            + "\"We gave this town our son,\" Mr. Haddad said. \"We are owed an apology.\"\n\n"
            + "Ms. Haddad said later that she had not been asked to speak. \"Nobody called me,\" she said.\n\n"
            + "The governor's wife, Linda Whitmore, sat in the front row.\n\n"
            + "\"The port will reopen in June,\" Mr. Whitmore told reporters.";

    @Test
    void mrIsNotTheOnlyWomansFullName() {
        assertEquals("Haddad", with(TEXT, "We gave this town").speakerName());
        assertEquals("Whitmore", with(TEXT, "The port will reopen").speakerName());
    }

    @Test
    void msStillFindsHer() {
        assertEquals("Mary Haddad", with(TEXT, "Nobody called me").speakerName());
    }
}
