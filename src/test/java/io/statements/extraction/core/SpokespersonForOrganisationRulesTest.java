package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names41, rule spokesperson-for-organisation ({@link SpokespersonFor}, asked by {@link SpeakerResolver}):
 * an unnamed spokesperson for an organisation speaks for it, by its name. Invented text.
 */
class SpokespersonForOrganisationRulesTest {

    @Test
    void aSpokeswomanForAnOfficeByItsNameIsTheOffice() {
        String text = "Rail fares rise again\n\n"
                + "Fares in the north rose for the second time this year.\n\n"
                + "A spokeswoman for the Exchequer Office said: \"No decision has been taken on the subsidy.\"";
        assertEquals("Exchequer Office", with(text, "No decision has been taken").speakerName());
    }

    @Test
    void aSpokesmanForAPoliceDepartmentIsTheDepartment() {
        String text = "Councillor charged over scuffle\n\n"
                + "Councillor Dana Pruett was charged on Tuesday after a scuffle outside the town hall.\n\n"
                + "A spokesman for the Harlow Police Department said Pruett had not been handcuffed.";
        assertEquals("Harlow Police Department", with(text, "had not been handcuffed").speakerName());
    }

    @Test
    void aSpokesmanForAnUnresolvedDescriptionStaysTheSpokesman() {
        String text = "Talks stall\n\n"
                + "Talks on the new border crossing stalled on Friday.\n\n"
                + "\"We are still in talks,\" a spokesman for the ministry said.";
        assertEquals("spokesman", with(text, "We are still in talks").speakerName());
    }
}
