package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names26, rule editorial-paper: `the editorial read` is the newspaper named before, not the person an
 * earlier sentence about the paper's editorial addressed. Invented text.
 */
class EditorialPaperRulesTest {

    @Test
    void editorialIsThePapers() {
        String text = "Paper tells mayor to act\n\n"
                + "The Harbour Herald had chided Mayor Tom Okafor on Monday for staying on holiday. Okafor did return,"
                + " but only a week after the newspaper's editorial urging him to quit his \"beach house for"
                + " the rich and idle\" and come home.\n\n"
                + "The delay irked the staff of The Harbour Herald, whose Friday editorial took aim at"
                + " the governor.\n\n"
                + "\"If she wants to keep her office, the governor should act like it and come to the coast,\" the"
                + " editorial read.\n";
        assertEquals("Harbour Herald", with(text, "keep her office").speakerName());
    }
}
