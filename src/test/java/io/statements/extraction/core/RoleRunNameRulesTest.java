package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n63a: words glued before a person's name on the surname path. The full form that `Oduya said` resolves to is
 * registered from the first mention's run, so the words before the name must go there: rules role-run-before-name
 * and office-field-before-name ({@link RoleRunNames}), office-range ({@link RoleRunNames#pastRange}),
 * party-word-before-name's `Democrat` ({@link NameDescriptors}), councillor-abbreviations ({@link TitleWords}) and
 * title-word-surname ({@link FunctionWordSurnames}). Near-misses: three-part names, names that hold role-like words,
 * `the King` as an office. Invented text.
 */
class RoleRunNameRulesTest {

    private static String story(String firstMention, String surname) {
        return "Ferry\n\nThe ferry sailed late on Monday.\n\n" + firstMention + " waited at the pier.\n\n"
                + "\"The ropes were frayed,\" " + surname + " said.";
    }

    private static String nameOf(String firstMention, String surname) {
        return with(story(firstMention, surname), "ropes were frayed").speakerName();
    }

    @Test
    void aRoleWordInsideTheRunEndsTheDescription() {
        assertEquals("Tamsin Oduya", nameOf("Eagles Skipper Tamsin Oduya", "Oduya"));
        assertEquals("Bexley Hawo", nameOf("Kano Emir Bexley Hawo", "Hawo"));
        assertEquals("Corin Abeni", nameOf("Township Supervisor Corin Abeni", "Abeni"));
        assertEquals("Lesedi Parva", nameOf("Tennis Star Lesedi Parva", "Parva"));
        assertEquals("Ruan Okafor", nameOf("Bus Driver Ruan Okafor", "Okafor"));
        assertEquals("Mavis Tuwane", nameOf("Kenyan Athletics Chairperson Mavis Tuwane", "Tuwane"));
        assertEquals("Ivo Dranek", nameOf("Union Boss Ivo Dranek", "Dranek"));
    }

    @Test
    void aRoleWordOpeningTheRunGoesBeforeAFullName() {
        assertEquals("Tamsin Oduya", nameOf("Cricketer Tamsin Oduya", "Oduya"));
        assertEquals("Tamsin Oduya", nameOf("Anchorwoman Tamsin Oduya", "Oduya"));
        assertEquals("Tamsin Oduya", nameOf("Salesman Tamsin Oduya", "Oduya"));
        assertEquals("Tamsin Oduya", nameOf("Democrat Tamsin Oduya", "Oduya"));
        assertEquals("Kemal Odero", nameOf("House Harbour Republican Kemal Odero", "Odero"));
    }

    @Test
    void anOfficeWithItsFieldGoesBeforeTheName() {
        assertEquals("Tamsin Oduya", nameOf("Commissioner for Health Tamsin Oduya", "Oduya"));
        assertEquals("Tamsin Oduya", nameOf("Head of Research Tamsin Oduya", "Oduya"));
        assertEquals("Kiran Lal Varma", nameOf("Superintendent of Police Kiran Lal Varma", "Varma"));
        assertEquals("Tamsin Oduya", nameOf("Director of Public Prosecutions Tamsin Oduya", "Oduya"));
        assertEquals("Tamsin Oduya", nameOf("Minister for Foreign Affairs Tamsin Oduya", "Oduya"));
    }

    @Test
    void theRangeOfAnOfficeIsNoPartOfTheName() {
        String text = "Collapse\n\nThe old block fell on Friday, said Deputy Inspector General (DIG) West Imran Ali Tahir.\n\n"
                + "\"The search goes on,\" DIG Tahir told reporters.";
        assertEquals("Imran Ali Tahir", with(text, "search goes on").speakerName());
    }

    @Test
    void aCouncillorAbbreviationIsATitle() {
        String text = "Council\n\nLocal mayor Idelle Varga said the ward was \"left in the dark.\"\n\n"
                + "Cr Varga said the council had \"done all it could.\"";
        assertEquals("Idelle Varga", with(text, "done all it could").speakerName());
    }

    @Test
    void aSurnameThatIsATitleWordIsThePersonNamedInFull() {
        assertEquals("Grant Major", nameOf("Grant Major", "Major"));
        assertEquals("Lea King", nameOf("Spokesperson Lea King", "King"));
    }

    @Test
    void namesThatHoldRoleLikeWordsStayWhole() {
        assertEquals("Rose Grant", nameOf("Rose Grant", "Grant"));
        assertEquals("Mary Kay Henry", nameOf("Mary Kay Henry", "Henry"));
        assertEquals("Minnie Driver", nameOf("Minnie Driver", "Driver"));
        assertEquals("Shelley Moore Capito", nameOf("Senator Shelley Moore Capito", "Capito"));
        assertEquals("Ida Freeman", nameOf("Ida Freeman", "Freeman"));
        assertEquals("Mary Kay Henry", nameOf("Minister of Health Mary Kay Henry", "Henry"));
    }

    @Test
    void theKingAfterADeterminerIsTheOffice() {
        String text = "Visit\n\nLea King, a local baker, met the royal party on Monday.\n\n"
                + "\"We are honoured to be here,\" the King said.";
        assertEquals("King", with(text, "honoured to be here").speakerName());
    }
}
