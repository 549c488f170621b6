package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names25, rule last-speaker-not-nested: a person named inside the reported clause of another person's
 * reported speech (`he offered his thoughts on Mayor Tom Reyes's continued appeal`) is no speaker the next `he said`
 * continues; the outer speaker is. Invented text.
 */
class LastSpeakerNotNestedRulesTest {

    private static final String TEXT = "Harbour talk\n\n"
            + "Tom Reyes leads the race for mayor by ten points.\n\n"
            + "\"I read a lot of history,\" the novelist Ed Varga said.\n\n"
            + "When the host turned to the race, he offered his thoughts on Mayor Tom Reyes's continued appeal"
            + " among dock workers.\n\n"
            + "\"I think it is a fine thing,\" he said, \"because Reyes talks like one of them.\"";

    @Test
    void theOuterSpeakerContinues() {
        assertEquals("Ed Varga", with(TEXT, "I think it is a fine thing").speakerName());
    }
}
