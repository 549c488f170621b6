package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n49a, rule it-subject-organisation ({@link ItSubjects}): `It said` after a sentence whose subject is an
 * organisation's name, or `the bank` standing for the organisation an earlier sentence was about, is that
 * organisation's, not a region or a school named in between.
 */
class ItSubjectRulesTest {

    @Test
    void itAfterAFirmAsSubjectIsTheFirmNotARegion() {
        String text = "Dorvik Freight admitted on Monday that its ships had dumped fuel at sea.\n\n"
                + "Its chairman had already apologised, amid calls for inquiries in Africa, Europe and Asia.\n\n"
                + "Dorvik Freight has set aside 2 billion crowns to cover the fines.\n\n"
                + "It said it was working \"around the clock\" to find out who gave the orders.";
        assertEquals("Dorvik Freight", with(text, "around the clock").speakerName());
    }

    @Test
    void itAfterTheBankIsTheBankNamedBeforeNotASchool() {
        String text = "Merrow Partners filed for bankruptcy on Monday after talks on a rescue failed.\n\n"
                + "The collapse was expected, said Ana Pruitt, a professor of finance at Selby Business School.\n\n"
                + "\"Nobody wanted the risk,\" Pruitt said.\n\n"
                + "The investment bank stated that no trading arm would join the filing. It says it is in "
                + "\"late-stage talks\" to sell its fund arm.";
        assertEquals("Merrow Partners", with(text, "late-stage talks").speakerName());
    }

    @Test
    void aSentenceOpenerIsNoOrganisation() {
        String text = "Rather, the council voted to delay the plan by a year.\n\n"
                + "It said the delay would \"give everyone a chance to read it\".";
        String got = with(text, "give everyone a chance").speakerName();
        assertEquals(false, "Rather".equals(got));
    }
}
