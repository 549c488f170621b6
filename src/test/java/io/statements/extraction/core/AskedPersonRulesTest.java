package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session pron20: the one asked answers: after `Dunmore then asked Reyes which districts would pay.` a quote with `he
 * said` is Reyes's, not the asker's; `questioned Reyes's figures` asks no one, and an inverted `asked Dunmore` names
 * the asker. Invented text.
 */
class AskedPersonRulesTest {

    private static final String TEXT = "Senator defends port plan\n\n"
            + "Senator Tom Reyes spoke to radio host Carl Dunmore on Friday about the harbour plan.\n\n"
            + "Dunmore then asked Reyes which districts would pay the new toll. \"Nobody in the valley will pay a cent"
            + " more,\" he said.\n\n"
            + "Dunmore later questioned Reyes's figures on the ferry, calling them stale. \"Those numbers are from last"
            + " year,\" he added.\n\n"
            + "\"Will the toll rise again?\" asked Dunmore. \"I doubt it very much,\" he said.";

    @Test
    void theOneAskedAnswers() {
        assertEquals("Tom Reyes", with(TEXT, "Nobody in the valley").speakerName());
    }

    @Test
    void doubtingSomeonesThingAsksNoOne() {
        assertEquals("Carl Dunmore", with(TEXT, "Those numbers").speakerName());
    }
}
