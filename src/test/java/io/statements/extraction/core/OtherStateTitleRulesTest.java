package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names20: `the Vermont senator` is not the senator the text introduced as `Florida Sen. Marco Ruiz`, though
 * he was given the title last and the sentence before is about him; it is the one senator known from Vermont (`Sen.
 * Ada Lind (D-Vt.)`), and with no one known from there the description stays. Invented text.
 */
class OtherStateTitleRulesTest {

    private static final String UNKNOWN = "Farm bill talks\n\n"
            + "Sen. Ada Lind spoke to farmers on Monday. Later Florida Sen. Marco Ruiz joined the talks.\n\n"
            + "\"We have a deal on the dairy rules,\" the Vermont senator said.";

    private static final String TAGGED = "Farm bill talks\n\n"
            + "Sen. Ada Lind (D-Vt.) spoke to farmers on Monday. Later Florida Sen. Marco Ruiz joined the talks.\n\n"
            + "\"We have a deal on the dairy rules,\" the Vermont senator said.";

    @Test
    void theVermontSenatorIsNotTheFloridaOne() {
        assertEquals("Vermont senator", with(UNKNOWN, "We have a deal on the dairy rules").speakerName());
    }

    @Test
    void theVermontSenatorIsTheOneTaggedFromVermont() {
        assertEquals("Ada Lind", with(TAGGED, "We have a deal on the dairy rules").speakerName());
    }
}
