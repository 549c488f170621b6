package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session lead48: `charged` in the passive or before the charge (`has been charged with arson`, `Teenager charged
 * after fire`) is a criminal charge, no verb of saying; `the union charged that ...` still is one. Invented text.
 */
class ChargedWithCrimeRulesTest {

    private static final String TEXT = "Teenager charged after depot fire\n\n"
            + "A 17-year-old has been charged with arson after a fire at a bus depot in Kelmouth on Sunday.\n\n"
            + "The drivers' union charged that the depot had ignored \"every warning about the wiring\".";

    @Test
    void aCriminalChargeReportsNothing() {
        assertTrue(all(TEXT).stream().noneMatch(s -> s.cue() != null && s.cue().text().equals("charged")
                && !s.text().contains("wiring")), all(TEXT).toString());
    }

    @Test
    void chargedThatStillAttributes() {
        assertEquals("charged", with(TEXT, "every warning about the wiring").cue().text());
    }
}
