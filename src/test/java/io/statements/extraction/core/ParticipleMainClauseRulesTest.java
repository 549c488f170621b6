package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names38, rule participle-after-main-clause: a participle after the main clause hangs on the main clause's
 * subject, not on a verb of saying in the subordinate clause before it (`While her rivals called for a bridge, Mayor
 * Ida Berg stuck to the plan, noting that ...`). Invented text.
 */
class ParticipleMainClauseRulesTest {

    private static final String TEXT = "Mayor parts ways with council\n\n"
            + "In a debate on Monday, while most of her rivals called for a new bridge, Mayor Ida Berg stuck to the old"
            + " plan, noting that the ferry was cheaper.\n\n"
            + "While the council members argued for a tax cut, Tom Reyes backed the budget, saying the town could not"
            + " afford it.\n\n"
            + "When the board asked the ferry company to cut its fares, it declined, citing the cost of fuel.";

    @Test
    void theMainClauseSubjectNotes() {
        assertEquals("Ida Berg", with(TEXT, "the ferry was cheaper").speakerName());
    }

    @Test
    void theMainClauseSubjectSays() {
        assertEquals("Tom Reyes", with(TEXT, "the town could not afford").speakerName());
    }
}
