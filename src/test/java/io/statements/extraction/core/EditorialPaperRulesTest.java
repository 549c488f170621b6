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
                + " but not until a week after the newspaper's editorial telling him to leave his \"beach house for"
                + " the rich and idle\" and come home.\n\n"
                + "That did not sit well with the editors of The Harbour Herald, who aimed their Friday editorial at"
                + " the governor.\n\n"
                + "\"If she wants to keep her office, the governor should act like it and come to the coast,\" the"
                + " editorial read.\n";
        assertEquals("Harbour Herald", with(text, "keep her office").speakerName());
    }
}
