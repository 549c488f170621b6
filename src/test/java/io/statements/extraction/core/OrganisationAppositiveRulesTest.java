package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: `The steel maker, Harbour Steel AG, rejected ...`: an organisation named in an appositive after a
 * common noun is the speaker (was a group `steel maker`); `the mayor, Anna Holt` stays a person. Invented text.
 */
class OrganisationAppositiveRulesTest {

    private static final String TEXT = "Barrier delayed\n\n"
            + "The steel maker, Harbour Steel AG, rejected the city's account as \"simply wrong.\"\n\n"
            + "The mayor, Anna Holt, said the city would \"look at the contracts again.\"";

    @Test
    void theOrganisationAfterTheNounIsTheSpeaker() {
        assertEquals("Harbour Steel AG", with(TEXT, "simply wrong").speakerName());
    }

    @Test
    void aPersonAfterATitleStaysThePerson() {
        assertEquals("Anna Holt", with(TEXT, "look at the contracts").speakerName());
    }
}
