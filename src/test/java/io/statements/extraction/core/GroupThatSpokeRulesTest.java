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
            + "The added security brought controversy, prompting Harbor Lives Count to leave the event. Harbor Lives"
            + " Count issued a statement saying it took the action \"because of the conditions.\"\n\n"
            + "\"For us, marching this year meant choosing between two threats,\" the group said in a statement.\n";

    @Test
    void theGroupIsTheOneThatIssuedTheStatement() {
        assertEquals("Harbor Lives Count", with(TEXT, "two threats").speakerName());
    }
}
