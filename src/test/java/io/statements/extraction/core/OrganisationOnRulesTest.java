package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lead, session 47, rule organisation-on: `on` inside an organisation's name. Invented text. */
class OrganisationOnRulesTest {

    @Test
    void anOrganisationsNameGoesOnPastOn() {
        String text = "Ocean report\n\n"
                + "The International Panel on Ocean Change (IPOC) called the findings \u201ca final warning\u201d.\n\n"
                + "The Senate Committee on Fisheries said the report was \u201cwelcome\u201d.\n\n"
                + "The commission said the ban would \u201cstart in spring\u201d, the ministry on Monday confirmed.";
        assertEquals("International Panel on Ocean Change", with(text, "a final warning").speakerName());
        assertEquals("Senate Committee on Fisheries", with(text, "welcome").speakerName());
    }
}
