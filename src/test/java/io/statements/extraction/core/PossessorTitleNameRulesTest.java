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

    /** Session n69d, rule possessor-title-appositive: the title's holder named between commas is the subject. */
    @Test
    void thePossessorsTitleWithItsHolderBetweenCommasIsTheSubject() {
        String text = "Border law row\n\n"
                + "Norland's defence minister, Ada Rusk, has renewed her attack on the border law, saying it was "
                + "reckless and rushed.\n\n"
                + "Vik's lawyer, Tom Hale, argued that the ruling could not stand.";
        assertEquals("Ada Rusk", with(text, "it was reckless and rushed").speakerName());
        assertEquals("Tom Hale", with(text, "the ruling could not stand").speakerName());
    }

    @Test
    void aPossessorsTitleWithoutAHolderStaysAsItWas() {
        String text = "Border law row\n\n"
                + "Minister Haldor Vik faced questions on Monday. Vik's office, in a short note, defended the budget, "
                + "saying it had been approved twice.";
        assertEquals("Haldor Vik", with(text, "it had been approved twice").speakerName());
    }
}
