package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names28, rule opening-adverb: `Lately,` opening a sentence is an adverb, not a person for the next `he`.
 * Invented text.
 */
class OpeningAdverbRulesTest {

    private static final String TEXT = "Harbour race\n\n"
            + "Tom Reyes spoke to voters on the quay. Lately, he has been wearing a docker's cap.\n\n"
            + "\"I care about the docks because my father worked on them all his life,\" he said at the hall.";

    @Test
    void heIsTheNamedPerson() {
        assertEquals("Tom Reyes", with(TEXT, "my father worked").speakerName());
    }
}
