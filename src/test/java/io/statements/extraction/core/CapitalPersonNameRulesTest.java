package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names46, rule capital-person-name ({@link CapitalNames}): a person's name written in capitals in body
 * text (`JOHN SMALLEY, the mayor, said`, `said MARIA LOPEZTA`) is a person, not an organisation, when its first word
 * is a known first name or a person's appositive follows; acronyms (`NATO`) and capitals with an organisation word
 * stay organisations. Invented text.
 */
class CapitalPersonNameRulesTest {

    private static final String TEXT = "Council backs second bridge\n\n"
            + "TOMAS VELLIN, the harbour master, said the channel would be dredged.\n\n"
            + "\"The money is there,\" said MARIA OSKARDOTTIR, who chairs the finance committee.\n\n"
            + "NATO said on Tuesday its convoys would use the old bridge.\n\n"
            + "ARLE RIVER TRUST said the banks would be replanted.\n";

    @Test
    void capitalsBeforeAPersonsAppositiveAreAPerson() {
        ExtractedStatement s = with(TEXT, "the channel would be dredged");
        assertEquals("TOMAS VELLIN", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
    }

    @Test
    void capitalsOpeningWithAFirstNameAreAPerson() {
        assertEquals(SpeakerKind.PERSON, with(TEXT, "The money is there").speakerKind());
    }

    @Test
    void anAcronymStaysAnOrganisation() {
        assertEquals(SpeakerKind.ORGANIZATION, with(TEXT, "its convoys would use").speakerKind());
    }

    @Test
    void capitalsWithAnOrganisationWordStayAnOrganisation() {
        assertEquals(SpeakerKind.ORGANIZATION, with(TEXT, "the banks would be replanted").speakerKind());
    }
}
