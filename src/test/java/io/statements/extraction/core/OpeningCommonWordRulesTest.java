package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names18: a common word opening a sentence before a name (`Both Quist and Lomax`, `Bassist Moby said`) is
 * no first name when the text writes it in lower case elsewhere and never capitalises it inside a sentence; `White
 * House` keeps its first word (capitalised inside a sentence). Invented text.
 */
class OpeningCommonWordRulesTest {

    private static final String TEXT = "Harbour levy\n\n"
            + "Both Quist and Lomax voted against the levy, and both said so loudly. \"The docks cannot pay for"
            + " themselves,\" Quist said.\n\n"
            + "The band played at the harbour fair. Bassist Moby was not impressed by the vote. \"This levy will drive"
            + " the ferries away,\" Moby told the crowd, as the bassist tuned up.\n\n"
            + "White House officials stayed out of it. The harbour sits near the White House annex. \"We have no view"
            + " on the levy,\" White House spokesman Tim Orr said.";

    @Test
    void bothBeforeANameIsNoFirstName() {
        assertEquals("Quist", with(TEXT, "The docks cannot pay").speakerName());
    }

    @Test
    void anOccupationOpeningTheSentenceIsNoFirstName() {
        assertEquals("Moby", with(TEXT, "drive the ferries away").speakerName());
    }

    @Test
    void aWordCapitalisedInsideSentencesStays() {
        assertEquals("Tim Orr", with(TEXT, "no view on the levy").speakerName());
    }
}
