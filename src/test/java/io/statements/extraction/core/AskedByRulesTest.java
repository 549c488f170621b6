package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names38, rule asked-by-not-pronoun: in `Asked by X whether she ..., she said` the pronoun is the person
 * asked, never the asker named in the opening phrase (the asker's gender unknown, the person last named before it).
 * Invented text.
 */
class AskedByRulesTest {

    private static final String TEXT = "Mayor defends her harbour plan\n\n"
            + "The plan's wording differed from what Dana Whitfield told a local radio station last week.\n\n"
            + "Asked by Bram Kettering whether she had written the plan herself, she said, \"Every word of it is mine"
            + " and nobody else's.\"\n\n"
            + "When asked by reporters about the ferry fares, she said the fares would stay the same for another year.";

    @Test
    void thePronounAfterAskedByIsTheOneAsked() {
        assertEquals("Dana Whitfield", with(TEXT, "Every word of it").speakerName());
    }

    @Test
    void reportersAskingLeaveThePronounAlone() {
        assertEquals("Dana Whitfield", with(TEXT, "the fares would stay").speakerName());
    }
}
