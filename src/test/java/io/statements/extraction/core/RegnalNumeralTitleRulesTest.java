package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n59d, rule regnal-numeral-holder ({@link PersonTitles}): `Pope Anselm IX`, `Queen Ingrid III` give the
 * title to the one-word name before the regnal number, so that `the pope said` and `the queen said` are that person
 * (was the title itself). Near-misses: a capitalised word that is no numeral after the name (`King Street Market`)
 * gives no one the title. Invented text.
 */
class RegnalNumeralTitleRulesTest {

    private static final String POPE = "Pontiff to visit the coast\n\n"
            + "ROME - Pope Anselm IX will travel to the flooded coast of Marvania next month, the Holy See said.\n\n"
            + "The pope said that \"no family who has lost a home should feel forgotten.\"";

    private static final String QUEEN = "Queen opens bridge\n\n"
            + "Queen Ingrid III opened the new bridge at Korsby on Tuesday.\n\n"
            + "\"This bridge joins two towns that were always one,\" the queen said.";

    private static final String STREET = "Market moves\n\n"
            + "Traders at King Street Market will move to the old depot in May, the council said.\n\n"
            + "\"We were never asked,\" the king of the stallholders, a title they give their eldest, said.";

    @Test
    void thePopeIsTheNameBeforeTheNumeral() {
        ExtractedStatement s = with(POPE, "no family who has lost a home");
        assertEquals("Anselm", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
    }

    @Test
    void aQueenKnownByTwoWordsKeepsHerName() {
        assertEquals("Ingrid III", with(QUEEN, "two towns that were always one").speakerName());
    }

    @Test
    void aStreetNameGivesNoOneTheTitle() {
        String name = with(STREET, "We were never asked").speakerName();
        assertEquals(false, name != null && name.contains("Street"), name);
    }
}
