package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session names36, rules agency-dateline and time-zone: a place in capitals opening a wire story before `(Agency)`,
 * and `GMT` in a time, are written like acronyms but are no organisation a later `the statement` or `it` is.
 */
class AgencyDatelineRulesTest {

    @Test
    void theDatelineIsNoIssuerOfTheStatement() {
        String text = "HARBOURTON (Wire) ? Three port unions called off their strike on Sunday.\n"
                + "\"Our members return to work on Monday,\" the statement said.";
        assertEquals("port unions", with(text, "return to work").speakerName());
    }

    @Test
    void aTimeZoneIsNoOrganisation() {
        String text = "The harbour board's bulletin went online at 10:00 local time (08:00 GMT), an hour late.\n"
                + "It says \"all berths stay open\" through the holidays.";
        assertNotEquals("GMT", with(text, "all berths").speakerName());
    }
}
