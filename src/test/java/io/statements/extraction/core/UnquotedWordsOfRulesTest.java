package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n67f, rule unquoted-words-of ({@link UnquotedWordsOf}): a sentence of plain words opening its paragraph that
 * the next sentence calls somebody's words (`These were the words of X`) is X's statement, and the headline quote
 * that repeats it is X's too; a formula naming no one (`the words of the day`) and a sentence with a verb of saying of
 * its own give no such statement. Invented text.
 */
class UnquotedWordsOfRulesTest {

    private static final String TEXT = "Dunmere village enduring 'a long nightmare of grief and loss'\n\n"
            + "The people of Dunmere are enduring a long nightmare of grief and loss.\n\n"
            + "These were the words of Anton Merle, Bishop of Carrow, at an evening service in Dunmere.\n\n"
            + "The blast tore through a bakery on the main street on Friday evening.\n";

    @Test
    void theSentenceTheFormulaCallsSomebodysWords() {
        assertEquals("Anton Merle", with(TEXT, "The people of Dunmere are enduring").speakerName());
    }

    @Test
    void theHeadlineQuoteThatRepeatsIt() {
        assertEquals("Anton Merle", with(TEXT, "nightmare of grief and loss").speakerName());
    }

    @Test
    void aFormulaNamingNoOneGivesNothing() {
        String text = "Storm\n\nThe storm hit the coast on Monday night and cut power to many homes.\n\n"
                + "These were the words of the day.\n\nThe town of Rell was cut off for a week.\n";
        for (ExtractedStatement s : all(text)) {
            assertTrue(!s.text().contains("The storm hit the coast"), "no statement wanted: " + s);
        }
    }
}
