package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n50b, rule glued-office-name ({@link GluedOffices}): an office written as one capitalised run before its
 * holder, with title words that are not all roles (`Chief Executive`), its body after the title (`General Manager
 * Port X Y`) or a department of a plural noun (`Public Relations X Y Z`): the person is the words after the office,
 * and a later surname alone is that person. Not an organisation whose run holds the same words (`Tarsel Port
 * Authority`). Invented text.
 */
class GluedOfficeNameRulesTest {

    private static final String TEXT = "Harbour and carmaker news\n\n"
            + "Tarsel General Manager Port Idris Mallouk said the cranes were \"older than the harbour wall.\" The"
            + " cranes were checked last week, according to Mallouk.\n\n"
            + "Brenvik Chief Executive Aksel Tornqvist resigned on Friday.\n\n\"The company needs new hands,\""
            + " Tornqvist told staff.\n\n"
            + "\"The count may still rise,\" Head of the Relief Office Data Centre and Public Relations Gede Wira"
            + " Pranata stated.\n\n"
            + "The Tarsel Port Authority said it would \"publish every inspection report this month.\"\n";

    @Test
    void theHolderAfterAnOfficeAndItsBody() {
        assertEquals("Idris Mallouk", with(TEXT, "older than the harbour wall").speakerName());
    }

    @Test
    void theHolderAfterATwoWordTitle() {
        assertEquals("Aksel Tornqvist", with(TEXT, "The company needs new hands").speakerName());
    }

    @Test
    void theHolderAfterADepartment() {
        assertEquals("Gede Wira Pranata", with(TEXT, "The count may still rise").speakerName());
    }

    @Test
    void anOrganisationWithTheSameWordsKeepsItsName() {
        assertEquals("Tarsel Port Authority", with(TEXT, "publish every inspection report").speakerName());
    }
}
