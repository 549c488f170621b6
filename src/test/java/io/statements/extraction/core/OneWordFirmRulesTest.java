package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names20: `the company` after a sentence about a one-word firm the name index reads as a person's
 * (`Brandlo`) is that firm, when the word is nobody's name in the text; a person's last name (`Varga`, of `Tom
 * Varga`) is not. Invented text.
 */
class OneWordFirmRulesTest {

    private static final String FIRM = "Plant to close\n\n"
            + "Brandlo announced on Monday that it would close its Eastbrook plant. The company said the decision"
            + " was final.";

    private static final String PERSON = "Plant to close\n\n"
            + "Tom Varga spoke to the workers on Monday. Varga announced that the Eastbrook plant would close. The"
            + " company said the decision was final.";

    @Test
    void theCompanyIsTheFirmTheSentenceBeforeIsAbout() {
        assertEquals("Brandlo", with(FIRM, "the decision was final").speakerName());
    }

    @Test
    void aPersonsLastNameIsNoCompany() {
        assertEquals("company", with(PERSON, "the decision was final").speakerName());
    }
}
