package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names25, rule present-emphasis-cue: `emphasizes` (and `emphasises`) is a cue like `emphasized` and
 * `stresses` (the present form was missing from {@link Lexicon#SPEECH}). Invented text.
 */
class PresentEmphasisCueRulesTest {

    private static final String TEXT = "Harbour race\n\n"
            + "Mayor Ida Marsh often emphasizes that she remains a \"proud sailor\" who wants the harbour kept public.\n";

    @Test
    void thePresentFormIsACue() {
        assertEquals("Ida Marsh", with(TEXT, "proud sailor").speakerName());
    }
}
