package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n67d, rules office-field-and ({@link LongTitleNames}) and portfolio-title-holder ({@link PortfolioTitles}):
 * `Minister of Ports and Fisheries X` gives X the office, so `the minister` is X and not the prime minister named
 * later; `the interior minister` is the one person given `Interior Minister`, not the other minister named last. Not
 * `Minister of Finance and Ana Berg` (a second person, no field), not one of two interior ministers. Invented text.
 */
class TitlePortfolioRulesTest {

    private static final String FIELD = "Ferry toll rises to nine\n"
            + "\n"
            + "Norland's Minister of Ports and Fisheries Edda Valstrom said on Friday that nine people had died when the ferry capsized.\n"
            + "\n"
            + "Valstrom's figures came at a briefing chaired by Prime Minister Joss Harrow, who promised an inquiry.\n"
            + "\n"
            + "\"We found two more survivors in the night and both are stable,\" the minister said.";

    private static final String NO_FIELD = "Cabinet meets after storm\n"
            + "\n"
            + "Prime Minister Joss Harrow met Minister of Finance and Ana Berg on Monday.\n"
            + "\n"
            + "\"We will pay for the repairs,\" the minister said.";

    private static final String PORTFOLIO = "Harbour fire blamed on old wiring\n"
            + "\n"
            + "The fire at the Kessby harbour was started by old wiring in a warehouse, Interior Minister Tova Lind said on Monday.\n"
            + "\n"
            + "Lind spoke beside Minister of State for Culture Aron Pekka at the government offices.\n"
            + "\n"
            + "The interior minister said the warehouse owners \"ignored every warning they were given\".";

    private static final String TWO_PORTFOLIOS = "Harbour fire blamed on old wiring\n"
            + "\n"
            + "The fire was started by old wiring, Interior Minister Tova Lind said on Monday. Interior Minister Kai Rusk of the neighbouring province agreed.\n"
            + "\n"
            + "The interior minister said the owners \"ignored every warning they were given\".";

    @Test
    void fieldAndGivesTheOffice() {
        assertEquals("Edda Valstrom", with(FIELD, "We found two more survivors").speakerName());
    }

    @Test
    void andBeforeANameIsNoField() {
        assertNotEquals("Ana Berg", with(NO_FIELD, "We will pay for the repairs").speakerName());
    }

    @Test
    void lowerCasePortfolioMeetsItsHolder() {
        assertEquals("Tova Lind", with(PORTFOLIO, "ignored every warning").speakerName());
    }

    @Test
    void twoHoldersOfThePortfolioLeaveTheUsualReading() {
        assertEquals("Kai Rusk", with(TWO_PORTFOLIOS, "ignored every warning").speakerName());
    }
}
