package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session lead48. Rule company-its-subject: `Flixo is raising its prices. "...," the company said`: an `its` in the
 * sentence says the one word opening it names a thing, so `the company` is Flixo (it stayed `company`). Rule
 * company-trade-subject: `Streaming giant Flixo is raising ...`: the name after a trade noun is the subject's
 * (it was `Streaming`). A person opening the sentence (`Ines Marrow raised her prices`) is no company. Invented text.
 */
class CompanySubjectRulesTest {

    @Test
    void itsMakesTheOpeningWordACompany() {
        String text = "Prices up\n\nFlixo is raising its prices in three countries.\n\n"
                + "\"We update our prices to reflect new shows,\" the company said.";
        assertEquals("Flixo", with(text, "We update our prices").speakerName());
    }

    @Test
    void theNameAfterATradeNounIsTheCompany() {
        String text = "Prices up\n\nStreaming giant Flixo is raising prices in three countries.\n\n"
                + "\"We update our prices to reflect new shows,\" the company said.";
        assertEquals("Flixo", with(text, "We update our prices").speakerName());
    }

    @Test
    void aWomanIsNoCompany() {
        String text = "Prices up\n\nSusan Marrow is raising her prices in three shops.\n\n"
                + "\"We update our prices to reflect new stock,\" the company said.";
        assertNotEquals("Susan Marrow", with(text, "We update our prices").speakerName());
    }
}
