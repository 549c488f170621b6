package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names22, rule group-that-spoke: `"...," the group said in a statement` after a paragraph whose subject issued
 * a statement (`Harbor Lives Count issued a statement saying ...`) is that group's, though the index read its name as
 * a person's. Invented text.
 */
class GroupThatSpokeRulesTest {

    private static final String TEXT = "Parade changes\n\n"
            + "The extra fencing stirred a row, and Harbor Lives Count pulled out of the parade. Harbor Lives"
            + " Count issued a statement saying it had withdrawn \"because of the fencing.\"\n\n"
            + "\"For us, walking this year meant picking between two dangers,\" the group said in a statement.\n";

    @Test
    void theGroupIsTheOneThatIssuedTheStatement() {
        assertEquals("Harbor Lives Count", with(TEXT, "two dangers").speakerName());
    }
}
