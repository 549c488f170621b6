package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names42, rule in-which-author: the `he`/`she` of `in which` after a text's author (`by X`, `X's letter`) is
 * that author, not the spokesman repeating the text nor the last person named. Invented text.
 */
class InWhichAuthorRulesTest {

    private static final String TEXT = "Commission stands by budget warning\n\n"
            + "BRUSSELS - The commission's spokesman, Aurelio Fontana, was asked on Monday about the remarks of"
            + " Dutch finance minister Joris Bakker on the budget rules.\n\n"
            + "Fontana read out a statement released on Friday by commissioner Helga Lindqvist in which she said"
            + " the rules were \u201cnot a menu to choose from.\u201d\n\n"
            + "Bakker's open letter, in which he wrote that the rules were \u201cwritten for another decade,\u201d"
            + " was published last week.";

    @Test
    void byTheAuthor() {
        assertEquals("Helga Lindqvist", with(TEXT, "not a menu").speakerName());
    }

    @Test
    void theAuthorsLetter() {
        assertEquals("Joris Bakker", with(TEXT, "written for another decade").speakerName());
    }
}
