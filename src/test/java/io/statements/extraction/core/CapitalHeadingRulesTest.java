package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session names35, rule capital-heading: a newsletter's heading in capitals that runs into its item with a dash or a
 * quotation mark (`MOVING SHOP—"..."`) is no speaker; a capitalised name followed by its verb stays one. Invented
 * text.
 */
class CapitalHeadingRulesTest {

    private static final String TEXT = "Weekly notes\n\n"
            + "The week in review.\n\n"
            + "MOVING SHOP\u2014\"Small bakery opening across from the old river museum,\"\n\n"
            + "The Harbour Times reported that the ferry \"will run again in May.\"";

    @Test
    void aCapitalHeadingNamesNobody() {
        assertNull(with(TEXT, "Small bakery").speakerName());
    }

    @Test
    void aNameInASentenceStays() {
        assertEquals("Harbour Times", with(TEXT, "will run again").speakerName());
    }
}
