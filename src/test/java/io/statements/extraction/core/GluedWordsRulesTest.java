package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n49b, rule glued-words ({@link GluedWords}): a title glued to the name after it (`Prime MinisterKessa
 * Liv`) or digits glued to the name before them (`Dr. Ilka Moor12 May 2011`, `Bram Oster2019`) are two words; a name
 * with a capital inside (`McArdle`, `DeLora`) and a brand (`MasterCard`) stay one. Invented text.
 */
class GluedWordsRulesTest {

    private static final String TEXT = "Bridge opens over the Kaskel\n\n"
            + "\"This bridge joins two halves of one country,\" said Prime MinisterKessa Liv.\n\n"
            + "\"We had one bed and a queue down the road,\" said Dr. Ilka Moor12 May 2011.\n\n"
            + "\"I came for a year and stayed for ten,\" Bram Oster2019 said.\n\n"
            + "\"Ribbons do not make up for lost years,\" said Marten DeLora.\n\n"
            + "\"We hear the riders,\" said Austin McArdle.\n";

    @Test
    void aTitleGluedToTheNameAfterIt() {
        ExtractedStatement s = with(TEXT, "This bridge joins");
        assertEquals("Kessa Liv", s.speakerName());
        assertEquals("Prime Minister", s.speakerTitle());
    }

    @Test
    void aDateGluedToTheNameBeforeIt() {
        assertEquals("Ilka Moor", with(TEXT, "We had one bed").speakerName());
    }

    @Test
    void aYearGluedToTheNameBeforeIt() {
        assertEquals("Bram Oster", with(TEXT, "I came for a year").speakerName());
    }

    @Test
    void aCapitalInsideANameStays() {
        assertEquals("Marten DeLora", with(TEXT, "Ribbons do not").speakerName());
        assertEquals("Austin McArdle", with(TEXT, "We hear the riders").speakerName());
    }

    @Test
    void onlyATitleOrAPlainWordSplits() {
        assertEquals(false, GluedWords.endsBefore("MasterCard", 0, 6));
        assertEquals(false, GluedWords.endsBefore("McArdle", 0, 2));
        assertEquals(false, GluedWords.endsBefore("COVID19", 0, 5));
        assertEquals(false, GluedWords.endsBefore("Stop4Good", 0, 4));
        assertEquals(true, GluedWords.endsBefore("Oster2019", 0, 5));
        assertEquals(true, GluedWords.endsBefore("MayorJoon", 0, 5));
    }
}
