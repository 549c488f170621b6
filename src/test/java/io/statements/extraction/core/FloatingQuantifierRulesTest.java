package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names26, rule floating-quantifier: `X and Y each called`, `X and Y have all said`: a quantifier (and an
 * auxiliary before it) between the subject and its verb, like `both`. Invented text.
 */
class FloatingQuantifierRulesTest {

    @Test
    void eachAndAllAfterTheSubject() {
        String text = "Harbour news\n\n"
                + "Tom Reyes and Ida Berg each called the plan a \"costly mistake for the town\" on Monday.\n\n"
                + "Carl Holm and Rita Vance have all said that the port would need more money next year.\n";
        assertEquals("Tom Reyes and Ida Berg", with(text, "costly mistake").speakerName());
        assertEquals("Carl Holm and Rita Vance", with(text, "more money").speakerName());
    }
}
