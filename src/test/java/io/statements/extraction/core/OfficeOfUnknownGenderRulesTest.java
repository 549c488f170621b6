package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names45, rule office-of-unknown-gender: `his office said` is the office holder's, also when no list knows
 * the holder's first name, as long as the holder is named in the sentence or the one before. Invented text.
 */
class OfficeOfUnknownGenderRulesTest {

    @Test
    void hisOfficeAfterAnUnlistedFirstName() {
        String text = "Bail bill signed\n\nGovernor Oyelowo Haastrup signed the bail bill on Friday. \"This law ends"
                + " jail for being poor,\" his office said in a statement.";
        assertEquals("Oyelowo Haastrup", with(text, "This law ends jail").speakerName());
    }

    @Test
    void herOfficeInReportedSpeech() {
        String text = "Bail bill signed\n\nGovernor Temperance Okwuosa signed the bail bill on Friday. Her office said"
                + " the law would end cash bail within a year.";
        assertEquals("Temperance Okwuosa", with(text, "end cash bail").speakerName());
    }
}
