package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names20: the one told is no speaker. `Ida Holt, the chief executive of Harbour Media -- the company that
 * makes the show -- told me, "..."` is Ida Holt's (the aside between dashes hid the subject, and `me` was read as
 * an inverted speaker); `Brooks told host Nina Park, "..."` stays Brooks's. Invented text.
 */
class DashAsideTellRulesTest {

    private static final String TEXT = "Radio show returns\n\n"
            + "Ida Holt, the chief executive of Harbour Media -- the company that makes the show -- told me, \"We sell"
            + " what people want.\"\n\n"
            + "Senator Dale Brooks spoke on Sunday. Brooks told host Nina Park, \"I voted for the farmers.\"";

    @Test
    void theSubjectBeforeADashAsideIsTheSpeaker() {
        assertEquals("Ida Holt", with(TEXT, "We sell what people want").speakerName());
    }

    @Test
    void theHostToldIsNoSpeaker() {
        assertEquals("Dale Brooks", with(TEXT, "I voted for the farmers").speakerName());
    }
}
