package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n66f, rule title-case-headline-name: a title-case headline's capitalised run with a capitalised function
 * word inside is cut back to the name the body writes; an organisation is not cut to its first word. Invented text.
 */
class TitleCaseHeadlineNameRulesTest {

    @Test
    void theRunIsCutToTheBodysName() {
        String text = "Vell Reacts To His Removal By The Board, Stating \u201cThree Men Cannot Sack Me\u201d\n\n"
                + "Former captain Tomas Vell has had harsh words for the Rowing Board after being removed as"
                + " chairman.\n\n\"It is a plot,\" Vell said.";
        assertEquals("Tomas Vell", with(text, "Three Men Cannot Sack Me").speakerName());
    }

    @Test
    void anOrganisationIsNotCutToItsFirstWord() {
        String text = "Bank Of Dunmere Warns \u201cRates Must Rise\u201d\n\nThe Bank of Dunmere expects prices to"
                + " climb.\n\n\"Rates must rise,\" the Bank of Dunmere said in a statement.";
        assertTrue("Bank of Dunmere".equalsIgnoreCase(with(text, "Rates Must Rise").speakerName()));
    }
}
