package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names44, rule passive-inside-report: a quote appended after a comma to `X said the deal was agreed ...` or
 * `X said the plan was announced by the council ...` continues X's report; the thing agreed and the agent after `by`
 * are no speakers. Invented text.
 */
class PassiveInsideReportRulesTest {

    private static final String TEXT = "Ceasefire talks\n\n"
            + "Lina Haddad, the chief negotiator, said the terms were agreed upon by every faction through phone calls, \"because"
            + " we have always spoken with one voice\".\n\n"
            + "Mayor Colm Brennan said the levy was announced by the council on Friday, \"since nobody else would"
            + " take the blame\".";

    @Test
    void theThingAgreedIsNoSpeaker() {
        assertEquals("Lina Haddad", with(TEXT, "we have always spoken").speakerName());
    }

    @Test
    void thePassiveAgentIsNoSpeaker() {
        assertEquals("Colm Brennan", with(TEXT, "since nobody else would").speakerName());
    }
}
