package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session lead48. Rule abbreviated-title-name: `tweeted PM Sadiq`, `PM Imran Sadiq said`: two capital letters of a
 * title (`PM`, `CM`, `DG`) open no name (the name was `PM Sadiq`, typed an organisation for its capitals). Rule
 * capital-title-holder: `the French President said`, `Norland PM calls ...`, `Norland's PM said`: a capitalised
 * title after words that name no one in the article is the title's holder (it was the name `French President`),
 * in a headline too. Invented text.
 */
class CapitalTitlesRulesTest {

    private static final String LEADERS = "Leaders react\n\n"
            + "Prime Minister Imran Sadiq of Ostrava visited the port in May.\n\n"
            + "\"My thoughts are with the families,\" tweeted PM Sadiq.\n\n"
            + "PM Imran Sadiq said the port would reopen \"within weeks\".";

    private static final String HARBOUR = "Norland PM calls harbour attack 'cowardly', vows to find culprits\n\n"
            + "Norlandic Prime Minister Haldor Vik on Friday condemned the attack on the harbour and said the police "
            + "would find those responsible.\n\n"
            + "\"We will not let fear decide how we live,\" Vik told reporters.\n\n"
            + "Norland's PM later said there would be no curfew.";

    private static final String SUMMIT = "Summit ends\n\n"
            + "President Amelie Roux said on Sunday the summit had been \"a success for the region\".\n\n"
            + "\"We will meet again in spring,\" the French President said.\n\n"
            + "\"We were not consulted,\" the Ostravan President said.";

    @Test
    void twoCapitalLettersOfATitleOpenNoName() {
        assertEquals("Imran Sadiq", with(LEADERS, "My thoughts are with the families").speakerName());
        assertEquals("Imran Sadiq", with(LEADERS, "within weeks").speakerName());
    }

    @Test
    void aCapitalisedTitleAfterANationalityIsItsHolder() {
        assertEquals("Amelie Roux", with(SUMMIT, "We will meet again in spring").speakerName());
        assertEquals("Haldor Vik", with(HARBOUR, "there would be no curfew").speakerName());
    }

    @Test
    void aHeadlineTitleIsTheBodysHolder() {
        assertTrue(all(HARBOUR).stream().filter(s -> s.text().contains("cowardly")).allMatch(s -> "Haldor Vik".equals(s.speakerName())));
    }
}
