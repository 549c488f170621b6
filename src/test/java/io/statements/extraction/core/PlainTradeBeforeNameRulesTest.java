package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names45, rule plain-trade-before-name: `Campaigner Mary Abercrombie`, `Trader Mark Boateng` opening a
 * sentence: the trade is no part of the name, so the name has its first name's gender and `she said` after a man's
 * statement finds the woman named before him. Invented text.
 */
class PlainTradeBeforeNameRulesTest {

    @Test
    void sheAfterAMansStatementIsTheCampaignerNamedBefore() {
        String text = "Water price rise defended\n\nCampaigner Mary Abercrombie has fought the rise for a year. On"
                + " Monday the water board's chairman, Mark Pettigrew, said the increase would fix leaking pipes.\n\n"
                + "\"They have been saying that for ten years,\" she said.";
        assertEquals("Mary Abercrombie", with(text, "saying that for ten years").speakerName());
    }

    @Test
    void theTradeIsNoPartOfTheName() {
        String text = "Market stalls to move\n\nTrader Samuel Boateng said the stalls would move. \"Nobody asked us,\""
                + " Boateng said.";
        assertEquals("Samuel Boateng", with(text, "the stalls would move").speakerName());
    }
}
