package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names32, rule anonymity-clause: a relative clause of anonymity with its reason (`who spoke on condition of
 * anonymity because ...`) sits between the source and its verb; the last noun of the reason does not speak.
 */
class AnonymityClauseRulesTest {

    @Test
    void theReasonForAnonymityIsSkipped() {
        String text = "A senior port official who spoke on condition of anonymity because she was not allowed to "
                + "brief the media said the strike could last \"well into spring.\"";
        assertEquals("senior port official", with(text, "well into spring.").speakerName());
    }

    @Test
    void askingNotToBeNamedIsAClauseOfAnonymityToo() {
        String text = "A negotiator who asked not to be named as the talks were private said the mood was "
                + "\"cold but polite.\"";
        assertEquals("negotiator", with(text, "cold but polite.").speakerName());
    }
}
