package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names43, rule spokesperson-for-title-holder ({@link SpokespersonFor}): `A spokesperson for the country's
 * trade minister says ...` in the lead and `A spokesperson for Name said ...` later: the office first, its holder
 * next, so the lead's statement is that person's (as `a spokesperson for Name` is); two people's spokespeople leave
 * the description. Invented text.
 */
class SpokespersonForHolderRulesTest {

    @Test
    void theOfficeIsTheHolderTheArticleNamesWithASpokesperson() {
        String text = "Tariff talks to go ahead\n\n"
                + "A spokesperson for Norvania's minister of trade says talks on tariffs will go ahead \"as planned\".\n\n"
                + "A spokesperson for Edwin Falkner said in a statement that officials would travel on Monday.";
        assertEquals("Edwin Falkner", with(text, "as planned").speakerName());
    }

    @Test
    void twoHoldersLeaveTheDescription() {
        String text = "Tariff talks to go ahead\n\n"
                + "A spokesperson for Norvania's minister of trade says talks on tariffs will go ahead \"as planned\".\n\n"
                + "A spokesperson for Edwin Falkner said officials would travel on Monday. A spokesman for Ruth Obi "
                + "said she would not attend.";
        assertEquals("spokesperson for Norvania's minister of trade", with(text, "as planned").speakerName());
    }
}
