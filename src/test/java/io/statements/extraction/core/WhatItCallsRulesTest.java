package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names31, rule what-it-calls: `..., which builds what it calls "..."`: the `it` inside the `which` clause is
 * the firm named before `, which`, not the main clause's subject (which came out as a fragment with its verb, `The
 * groups spent`). Invented text.
 */
class WhatItCallsRulesTest {

    private static final String TEXT = "Ads\n\n"
            + "The harbour groups spent $300,000 on payments to a firm called Harlow Data, which builds what it calls"
            + " \"tide-minded\" profiles of voters.";

    @Test
    void theFirmBeforeWhichCharacterises() {
        assertEquals("Harlow Data", with(TEXT, "tide-minded").speakerName());
    }
}
