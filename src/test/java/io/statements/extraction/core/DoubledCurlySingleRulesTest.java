package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n66f, rule doubled-curly-singles: two curly single marks in a row are one double mark (wire copy that sets
 * quotes so), so a short quote after `called` and a longer one after it in the sentence both pair; a plural
 * possessive before a lone closing mark stays no quote. Invented text.
 */
class DoubledCurlySingleRulesTest {

    @Test
    void doubledMarksPairAsDoubleQuotes() {
        String text = "Ruling\n\nSpeaker Rolf Amsel called the decision \u2018\u2018shameful\u2019\u2019 and accused"
                + " the judges of \u2018\u2018taking pupils hostage.\u2019\u2019";
        assertEquals("Rolf Amsel", with(text, "shameful").speakerName());
        assertEquals("Rolf Amsel", with(text, "taking pupils hostage").speakerName());
    }

    @Test
    void aLoneMarkAfterAPluralIsNoQuote() {
        String text = "Ruling\n\nThe players\u2019 bus left at noon, and the fans\u2019 bus an hour later.";
        for (ExtractedStatement s : all(text)) {
            assertTrue(!s.text().contains("bus"), "no statement wanted: " + s.text());
        }
    }
}
