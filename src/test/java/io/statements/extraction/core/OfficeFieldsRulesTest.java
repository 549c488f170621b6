package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n55a, rule office-field-name: a written-out office with its field (`for Human Rights`, `of Health`) before
 * a name of three or four words is the name only; a field no list knows that the text writes in lower case elsewhere.
 * Near-misses: a two-word name after a field (as before), a name's first word the text writes in lower case. Invented
 * text.
 */
class OfficeFieldsRulesTest {

    private static final String OFFICES = "Rights office condemns raids\n\n"
            + "Regional Commissioner for Human Rights Yusra Bint Al Karim called the raids \"an assault on the press\".\n\n"
            + "\"We are tracing every family,\" Radio Oster cited Tarsia's Director General of Health Tevita Moa Lolo "
            + "as saying.\n\n"
            + "Deputy Minister of Finance Ida Marsh said \"the budget will hold\".";

    private static final String NEAR = "Court backs minister\n\n"
            + "The ruling gives the new government a bright start.\n\n"
            + "Minister of Justice Bright Tevo Amadi said \"the court has spoken\".\n\n"
            + "Commissioner for Harbours Kesten Ola Vard said \"the cranes arrive in May\", a year after the harbours closed.";

    @Test
    void theNameAfterTheFieldSpeaks() {
        assertEquals("Yusra Bint Al Karim", with(OFFICES, "an assault on the press").speakerName());
        assertEquals("Tevita Moa Lolo", with(OFFICES, "We are tracing every family").speakerName());
        assertEquals("Ida Marsh", with(OFFICES, "the budget will hold").speakerName());
        assertEquals("Kesten Ola Vard", with(NEAR, "the cranes arrive").speakerName());
    }

    @Test
    void aWordOfTheTextAfterAPortfolioIsStillTheName() {
        assertEquals("Bright Tevo Amadi", with(NEAR, "the court has spoken").speakerName());
    }
}
