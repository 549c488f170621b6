package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names20: `the Vermont senator` is not the senator the text introduced as `Florida Sen. Marco Ruiz`, though
 * he was given the title last and the sentence before is about him; with no one known from Vermont the description
 * stays. Invented text.
 */
class OtherStateTitleRulesTest {

    private static final String TEXT = "Farm bill talks\n\n"
            + "Sen. Ada Lind spoke to farmers on Monday. Later Florida Sen. Marco Ruiz joined the talks.\n\n"
            + "\"We have a deal on the dairy rules,\" the Vermont senator said.";

    @Test
    void theVermontSenatorIsNotTheFloridaOne() {
        assertEquals("Vermont senator", with(TEXT, "We have a deal on the dairy rules").speakerName());
    }
}
