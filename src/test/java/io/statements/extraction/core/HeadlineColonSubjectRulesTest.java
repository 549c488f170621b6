package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session names41, rule headline-quote-colon-subject ({@link HeadlineSieve}): `'...': X attacks Y` is X's when no
 * body sentence says the same, X being a name the body writes. Invented text.
 */
class HeadlineColonSubjectRulesTest {

    private static final String BODY = "\n\nThe Eastport Fishermen's Association has attacked plans to build a "
            + "marina on the old harbour wall.\n\n\"Nobody asked us, and now we read about it in the newspaper,\" the "
            + "association's chairman, Owen Tregarthen, said.\n";

    @Test
    void aSurnameAfterTheColonIsThePersonTheBodyNames() {
        String text = "'We were never consulted': Tregarthen attacks harbour plan" + BODY;
        assertEquals("Owen Tregarthen", with(text, "We were never consulted").speakerName());
    }

    @Test
    void aTitleCaseHeadlineTakesOnlyTheWordsOfTheName() {
        String text = "\"We Were Never Consulted\": Owen Tregarthen Attacks Harbour Plan" + BODY;
        assertEquals("Owen Tregarthen", with(text, "We Were Never Consulted").speakerName());
    }

    @Test
    void aDescriptionAfterTheColonNamesNobody() {
        String text = "'We are in shock': A mosque feels the heat\n\nWorshippers at a mosque in Riverton said they "
                + "were stunned by the vote.\n";
        for (ExtractedStatement s : all(text)) {
            assertTrue(!s.text().contains("We are in shock"), "no speaker to give it: " + s);
        }
    }
}
