package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule named-office (session lead48): a person's office named by the person (`Renner's office`, `Governor Paul
 * Renner's office`) speaks for that person, by full name, as `his office` does; the name had been the whole mention,
 * title and all. An office of an organisation (`Apple's office`) or a capitalised `Office` is left alone. Invented
 * text.
 */
class PersonOfficeRulesTest {

    private static final String TEXT = "Transit funds\n\n"
            + "Governor Paul Renner has rejected the city's plan. Renner's office said the state had offered a fair "
            + "deal.\n\n"
            + "Mayor Carla Dunne's office said the city would not raise fares.\n\n"
            + "The Cabinet Office said it had no comment.";

    @Test
    void aSurnamesOfficeIsThePerson() {
        assertEquals("Paul Renner", with(TEXT, "the state had offered a fair deal").speakerName());
    }

    @Test
    void aTitledFullNamesOfficeIsThePersonWithoutTheTitle() {
        assertEquals("Carla Dunne", with(TEXT, "the city would not raise fares").speakerName());
    }

    @Test
    void aCapitalisedOfficeIsAnOrganisation() {
        assertEquals("Cabinet Office", with(TEXT, "it had no comment").speakerName());
    }
}
