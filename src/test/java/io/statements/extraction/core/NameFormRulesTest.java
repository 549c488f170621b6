package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n75c: the right person in the wrong form. Rule role-before-lone-surname ({@link RoleSurnames}): a place,
 * a party or a body, an office word, then the surname alone (`Ostland Chief Minister Kole`) names the surname's
 * bearer, not a person called `Ostland Chief Minister Kole`. Rule headline-speech-verb ({@link HeadlineRuns}): a
 * title-case headline's reporting verb (`Says`, `Calls`) is no part of the names around it. Invented text.
 */
class NameFormRulesTest {

    private static final String PLACE_OFFICE_SURNAME = "Minister visits flooded towns\n\n"
            + "Ostland Chief Minister Kole on Saturday visited the flooded towns along the river.\n\n"
            + "\"We are watching the water every hour,\" Kole said.\n\n"
            + "\"No family will be left without a roof,\" Kole added.";

    private static final String ACRONYM_OFFICE_SURNAME = "GOP Rep Pruitt Announces Bill On Clearances.\n\n"
            + "On Wednesday Rep. Dana Pruitt (R-TX) talked about a bill he was bringing in.\n\n"
            + "\"The bill is needed now,\" Pruitt said.";

    private static final String HEADLINE_SAYS = "Marta Quill Says Ivan Brook 'Cannot Be Trusted'\n\n"
            + "Senator Marta Quill has attacked the candidate Ivan Brook.\n\n"
            + "\"He is not fit for the job,\" she said.\n\n"
            + "\"I have never met her,\" Brook said.";

    @Test
    void theSurnameAfterAPlaceAndAnOfficeIsTheName() {
        assertEquals("Kole", with(PLACE_OFFICE_SURNAME, "watching the water").speakerName());
        assertEquals("Kole", with(PLACE_OFFICE_SURNAME, "without a roof").speakerName());
    }

    @Test
    void anAcronymOpeningTheRunMakesNoBody() {
        assertEquals("Dana Pruitt", with(ACRONYM_OFFICE_SURNAME, "Bill On Clearances").speakerName());
        assertEquals("Dana Pruitt", with(ACRONYM_OFFICE_SURNAME, "needed now").speakerName());
    }

    @Test
    void theHeadlineVerbEndsTheSpeakersName() {
        assertEquals("Ivan Brook", with(HEADLINE_SAYS, "never met her").speakerName());
    }

    @Test
    void aGivenNameAndSurnameAfterTheOfficeStayAsBefore() {
        String text = "Premier opens bridge\n\n"
                + "Ostland Premier Mark Talley opened the bridge on Monday.\n\n"
                + "\"It took ten years,\" Talley said.";
        assertEquals("Mark Talley", with(text, "ten years").speakerName());
    }

    @Test
    void aBodysWordAfterTheOfficeIsNoSurname() {
        String text = "Inquiry widens\n\n"
                + "The Ostland Justice Department opened an inquiry on Monday.\n\n"
                + "\"The inquiry will take months,\" the Justice Department said.";
        assertEquals("Justice Department", with(text, "take months").speakerName());
    }
}
