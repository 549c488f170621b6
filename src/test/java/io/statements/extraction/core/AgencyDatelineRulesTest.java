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
        String text = "HARBOURTON (Wire) ? Three opposition parties rejected the early count on Sunday.\n"
                + "\"We will not accept these numbers,\" the statement said.";
        assertEquals("opposition parties", with(text, "will not accept").speakerName());
    }

    @Test
    void aTimeZoneIsNoOrganisation() {
        String text = "The results statement was published at 09:30 local time (16:30 GMT), three hours early.\n"
                + "It says \"DRAFT, DO NOT RELEASE\" at the top of the page.";
        assertNotEquals("GMT", with(text, "DRAFT").speakerName());
    }
}
