package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n61b, rule office-of-org-subject ({@link OfficeOfOrgTopics}): `The chief executive of Tarvel Air has
 * apologised ..., calling it "..."`: the subject finder stops the mention at `The chief executive`; the `of` + name
 * after it still makes it an office at an organisation, which means the person the sentence before introduced (here
 * a standfirst); not an office at a body the text does not name, not when the sentence before names nobody. Invented text.
 */
class OfficeOfOrgSubjectRulesTest {

    @Test
    void theChiefExecutiveOfTheFirmIsThePersonTheStandfirstIntroduced() {
        String text = "Airline boss sorry for remark\n\n"
                + "Jonas Vellacott says his comment was twisted by reporters\n\n"
                + "The chief executive of Tarvel Air has apologised for saying women could not fly long-haul routes,"
                + " calling it \"a bad joke\".";
        assertEquals("Jonas Vellacott", with(text, "a bad joke").speakerName());
    }

    @Test
    void anOfficeOfNoNamedBodyIsLeft() {
        String text = "Airline boss sorry for remark\n\n"
                + "Jonas Vellacott says his comment was twisted by reporters\n\n"
                + "The chief executive of a rival airline has criticised the remark, calling it \"a bad joke\".";
        assertEquals("chief executive", with(text, "a bad joke").speakerName());
    }

    @Test
    void noPersonBeforeLeavesTheOffice() {
        String text = "Airline sorry for remark\n\n"
                + "Passengers complained about an announcement on a Monday flight.\n\n"
                + "The chief executive of Tarvel Air has apologised for it, calling it \"a bad joke\".";
        assertEquals("chief executive", with(text, "a bad joke").speakerName());
    }
}
