package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule possessor-title-name (session lead48): `Ostrava's top port official Rami Haddad rejected ..., saying`: a
 * possessor, lower-case words ending in a title or a noun of unnamed sources, and a name are one sentence subject
 * (it ended at `top`, the speaker's name `Ostrava's top`); `Vik's office defended ..., saying` keeps the office.
 * Invented text.
 */
class PossessorTitleNameRulesTest {

    @Test
    void thePossessorsTitledNameIsTheSubject() {
        String text = "Port inquiry\n\n"
                + "Ostrava's top port official Rami Haddad rejected the criticism, saying his office had sent four "
                + "warnings to the courts.";
        assertEquals("Rami Haddad", with(text, "his office had sent four warnings").speakerName());
    }

    @Test
    void aPossessorsOfficeStaysTheSubject() {
        String text = "Port inquiry\n\n"
                + "Minister Haldor Vik faced questions on Monday. Vik's office defended the budget, saying it had been "
                + "approved twice.";
        assertEquals("Haldor Vik", with(text, "it had been approved twice").speakerName());
    }
}
