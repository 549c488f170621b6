package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n66b, rules demonym-modifier-no-name ({@link Demonyms#only}, {@link NearbyOrganisations}) and
 * place-incorporated-no-firm ({@link NationalEconomies}): `The Norwegian company said` is the firm the story is about,
 * not a name `Norwegian company` nor the foreign firm just named; `Norway Inc` is no firm `the firm` stands for.
 * Invented text.
 */
class NationalCompanyRulesTest {

    private static final String STORY = "Torvik chairman quits\n\n"
            + "Torvik's chairman stepped down on Monday, with Torvik keen to leave behind the claims its former finance chief had made.\n\n"
            + "Several large investors in Torvik want an outside review of what it paid bankers when it bought Vantor, the Dutch lens group.\n\n"
            + "The Norwegian company said the chairman went because of \"weeks of hostile headlines and a sliding share price\".";

    @Test
    void aNationalCompanyIsTheStorysFirm() {
        assertEquals("Torvik", with(STORY, "weeks of hostile headlines").speakerName());
    }

    @Test
    void aNationalCompanyIsNotTheForeignFirmJustNamed() {
        assertNotEquals("Vantor", with(STORY, "weeks of hostile headlines").speakerName());
    }

    @Test
    void aCountryIncIsNoFirm() {
        String text = "Steel chief quits\n\n"
                + "The head of Halvard Steel Ltd announced his resignation on Monday after the firm sent false test data to clients.\n\n"
                + "Analysts saw his exit as more harm to the standing of Norway Inc, already hurt by other firms' lapses.\n\n"
                + "The firm has not named a successor, but said it would meet \"in the coming weeks to pick a new leader\".";
        assertEquals("Halvard Steel Ltd", with(text, "in the coming weeks").speakerName());
    }

    @Test
    void aFirmWithALegalFormStaysAFirm() {
        String text = "Steel chief quits\n\n"
                + "Kessel Inc announced the resignation of its chief on Monday after false test data reached clients.\n\n"
                + "The firm has not named a successor, but said it would meet \"in the coming weeks to pick a new leader\".";
        assertEquals("Kessel Inc", with(text, "in the coming weeks").speakerName());
    }
}
