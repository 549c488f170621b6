package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names47, rule named-office (`NamedOffices`, asked by `OrgAnaphora.officeOwner`): `X's office`, `a statement
 * from X's office`, `the mayor's office` speak for the person, by the full name the text gives or the title's holder;
 * an office whose owner the text names as no person keeps the mention. Invented text.
 */
class NamedOfficeRulesTest {

    @Test
    void aStatementFromASenatorsOffice() {
        String text = "Dam vote\n\nSenator Lucille Varga opposed the dam on Monday.\n\n"
                + "\"We will keep asking questions until we get answers,\" a statement from Varga's office said.";
        assertEquals("Lucille Varga", with(text, "We will keep asking questions").speakerName());
    }

    @Test
    void anOfficeWithTheFullName() {
        String text = "Dam vote\n\nHouse Speaker Aldo Brenner's office said the vote would be held on Friday.";
        assertEquals("Aldo Brenner", with(text, "the vote would be held").speakerName());
    }

    @Test
    void theMayorsOfficeIsTheMayors() {
        String text = "Barrier\n\nMayor Ida Berg visited the barrier on Monday.\n\n"
                + "\"We have heard 2029 before,\" a statement from the mayor's office said.";
        assertEquals("Ida Berg", with(text, "We have heard 2029 before").speakerName());
    }

    @Test
    void anOfficeOfNobodyNamedStaysTheOffice() {
        String text = "Barrier\n\nThe barrier is late again.\n\n"
                + "\"We have heard 2029 before,\" a statement from the governor's office said.";
        assertEquals("governor's office", with(text, "We have heard 2029 before").speakerName());
    }
}
