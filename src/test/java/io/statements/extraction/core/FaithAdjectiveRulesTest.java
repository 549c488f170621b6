package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names28, rule faith-adjective: `his Christian conservative values` names no one; the `he` after it is the
 * person named before. Invented text.
 */
class FaithAdjectiveRulesTest {

    private static final String TEXT = "Harbour race\n\n"
            + "Tom Reyes spoke to voters. He has been stressing his Christian conservative values lately.\n\n"
            + "\"I care about the docks because my father worked on them all his life,\" he said at the hall.";

    @Test
    void heIsTheNamedPerson() {
        assertEquals("Tom Reyes", with(TEXT, "my father worked").speakerName());
    }
}
