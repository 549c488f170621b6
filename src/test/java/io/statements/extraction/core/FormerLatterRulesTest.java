package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session names42, rule former-latter: `the former` and `the latter` as speakers are the first and the second of the two
 * people last named together. Invented text.
 */
class FormerLatterRulesTest {

    private static final String TEXT = "Mayoral hopefuls meet on stage\n\n"
            + "The two candidates for mayor, Oren Castellvi and Dagny Halvorsen, faced each other on Tuesday.\n\n"
            + "On the budget, the former said the city needed \u201cfewer promises and more buses.\u201d\n\n"
            + "The latter told the audience that the deficit was \u201cthe real scandal.\u201d";

    @Test
    void theFormerIsTheFirstNamed() {
        assertEquals("Oren Castellvi", with(TEXT, "fewer promises").speakerName());
    }

    @Test
    void theLatterIsTheSecondNamed() {
        assertEquals("Dagny Halvorsen", with(TEXT, "the real scandal").speakerName());
    }

    /** No pair named before: no guess. */
    @Test
    void withoutAPairNobody() {
        String text = "Council vote\n\nThe council voted on Monday.\n\n"
                + "The latter said the vote was \u201ca shameful day for the town.\u201d";
        assertNull(with(text, "a shameful day").speakerName());
    }
}
