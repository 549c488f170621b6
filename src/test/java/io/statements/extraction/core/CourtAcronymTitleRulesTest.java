package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n51c, rule court-acronym-title ({@link RoleWords#ABBREVIATIONS}): `CJ` before a name is a chief justice's
 * title as `PM` is a prime minister's, also glued to the court's acronym (`the KHC CJ Omar Haddeni`); the court's
 * acronym alone stays the court. Invented text.
 */
class CourtAcronymTitleRulesTest {

    private static final String TEXT = "Court adjourns bail hearing\n\n"
            + "The KHC CJ Omar Haddeni said the police had \"three days and no more\" to file their report.\n\n"
            + "The KHC said in a notice that the hearing would \"resume on Monday\".";

    @Test
    void anAcronymTitleGluedToTheCourtIsNotPartOfTheName() {
        assertEquals("Omar Haddeni", with(TEXT, "three days and no more").speakerName());
    }

    @Test
    void theCourtsAcronymAloneStaysTheCourt() {
        assertEquals("KHC", with(TEXT, "resume on Monday").speakerName());
    }
}
