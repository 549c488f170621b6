package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: `The mayor of Eastbrook, Anna Holt,` gives Anna Holt the title (the place between the role and the
 * comma hid the name), so a later `the mayor said` and `She added` are hers; `the premier` is whom the article called
 * the prime minister. Invented text.
 */
class TitleHolderOfPlaceRulesTest {

    private static final String TEXT = "Port strike goes on\n\n"
            + "The mayor of Eastbrook, Anna Holt, urged both sides to return to the table. \"Every day of this strike"
            + " costs the city jobs,\" the mayor said. She added that small firms were \"on the brink.\"\n\n"
            + "Asked about the strike, the prime minister, Erik Vos, said: \"We are not there yet.\" The premier said"
            + " he had spoken to both sides and expected a deal \"within days.\"";

    @Test
    void theMayorOfAPlaceIsTheNameAfterTheComma() {
        assertEquals("Anna Holt", with(TEXT, "costs the city jobs").speakerName());
        assertEquals("Anna Holt", with(TEXT, "on the brink").speakerName());
    }

    @Test
    void thePremierIsThePrimeMinister() {
        assertEquals("Erik Vos", with(TEXT, "within days").speakerName());
    }
}
