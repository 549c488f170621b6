package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names21: `Neither Tom Reyes nor Ida Berg ...` opening a sentence gives no full name `Neither Tom Reyes`,
 * which every later `Reyes` then took. Invented text.
 */
class NeitherNameRulesTest {

    private static final String TEXT = "Rivals hold their fire\n\n"
            + "Neither Tom Reyes nor Ida Berg mentioned the ferry on Tuesday.\n\n"
            + "\"We will fix the port,\" Reyes said.\n\n"
            + "Either Dale Brooks or his aides will answer. Brooks later said the plan was \"a joke.\"";

    @Test
    void neitherIsNoPartOfTheName() {
        assertEquals("Tom Reyes", with(TEXT, "We will fix the port").speakerName());
    }

    @Test
    void norIsEither() {
        assertEquals("Dale Brooks", with(TEXT, "a joke").speakerName());
    }
}
