package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Rule it-not-titled-person (session lead48): `it said` never stands for a person whose mention carried a trade or a
 * title (`said farmer Made Suarta`), even when no list knows the first name; a capitalised body of unknown name
 * (`Harbour Watch said`) still may be `it`. Invented text.
 */
class TitledPersonItRulesTest {

    @Test
    void itIsNoFarmerNamedJustBefore() {
        String text = "Ash cloud over Keravu\n\n"
                + "\"The ground shook all night,\" said farmer Wiro Sutanta, who fled with his family.\n\n"
                + "The volcano agency raised its alert to the highest level. It said in a statement that ash could "
                + "close the airport for days.";
        assertNotEquals("Wiro Sutanta", with(text, "ash could close the airport").speakerName());
    }

    @Test
    void itIsStillABodyOfUnknownNameWithoutATitle() {
        String text = "Harbour report\n\n"
                + "\"The harbour is not safe for swimmers,\" said Harbour Watch Kellin. It said the water had failed "
                + "four tests this summer.";
        assertEquals("Harbour Watch Kellin", with(text, "the water had failed").speakerName());
    }
}
