package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session names43, rule repeated-office ({@link RepeatedOffices}, asked by {@link RoleMentions#tiedPerson}): an office
 * given in full with its holder (`The chair of the Harbour Inquiry, Name,`, `Name, head of the Coastal Authority,`)
 * and repeated shortened (`the chair of the inquiry said`) is that holder. Invented text.
 */
class RepeatedOfficeRulesTest {

    @Test
    void theShortenedOfficeIsTheHolderNamedAfterTheFullOne() {
        String text = "Inquiry goes on\n\n"
                + "The chair of the Quayside Fire Inquiry, Marguerite Osei, has refused to pause the hearings.\n\n"
                + "The chair of the inquiry said the request was \"without merit\".";
        assertEquals("Marguerite Osei", with(text, "without merit").speakerName());
    }

    @Test
    void theShortenedOfficeIsTheHolderNamedBeforeTheFullOne() {
        String text = "Beach closed\n\n"
                + "Tomas Reinholt, head of the Coastal Water Authority, closed the beach on Sunday.\n\n"
                + "The head of the authority said the water was \"not safe for children\".";
        assertEquals("Tomas Reinholt", with(text, "not safe for children").speakerName());
    }

    @Test
    void anotherOfficeOfTheSameBodyIsNotTheHolder() {
        String text = "Beach closed\n\n"
                + "Tomas Reinholt, head of the Coastal Water Authority, closed the beach on Sunday.\n\n"
                + "The chair of the authority said the water was \"not safe for children\".";
        assertNotEquals("Tomas Reinholt", with(text, "not safe for children").speakerName());
    }
}
