package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names47, rule company-not-described-person (`RelativeOrgAntecedents.describedPerson`): `the company said`
 * with no company named is not the person the sentence before set beside a noun for a person (`The chief executive,
 * Esteban Moya,`), even when the lists know no first name of theirs; a firm the sentence before names or describes
 * as a firm still is the company. Invented text.
 */
class CompanyNotDescribedPersonRulesTest {

    @Test
    void theChiefExecutiveIsNoCompany() {
        String text = "Rates\n\nRates rose. The chief executive, Esteban Moya, said crews were busy.\n\n"
                + "The company said it expected rates to stay high.";
        assertEquals("company", with(text, "expected rates to stay high").speakerName());
    }

    @Test
    void theChiefExecutiveOfAFirmIsNoCompany() {
        String text = "Rates\n\nRates rose. The chief executive of the largest tug operator, Esteban Moya, said crews"
                + " were busy.\n\nThe company said it expected rates to stay high.";
        assertEquals("company", with(text, "expected rates to stay high").speakerName());
    }

    @Test
    void aFirmDescribedAsOneStillIs() {
        String text = "Profits\n\nThe parent company, Crane Technologies, posted record profits on Monday.\n\n"
                + "The company said margins would shrink.";
        assertEquals("Crane Technologies", with(text, "margins would shrink").speakerName());
    }

    @Test
    void aNamelessSubjectStillIs() {
        String text = "Profits\n\nTolvane, a seed maker, posted record profits on Monday.\n\n"
                + "The company said margins would shrink.";
        assertEquals("Tolvane", with(text, "margins would shrink").speakerName());
    }
}
