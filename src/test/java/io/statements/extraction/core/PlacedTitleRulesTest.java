package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names18: `the Vermont senator` is the senator the text introduced as `Vermont Sen. X`, not the senator named
 * last (`Florida Sen. Y`); a title without such a word (`the senator`) keeps the usual holder. Invented text.
 */
class PlacedTitleRulesTest {

    private static final String TEXT = "Senators clash over levy\n\n"
            + "Vermont Sen. Tom Berger and Florida Sen. Pedro Marcano met on Monday to discuss the harbour levy.\n\n"
            + "\"The docks cannot pay for themselves,\" Berger said. Marcano disagreed with him. \"This levy will drive"
            + " the ferries away,\" the Florida senator said.\n\n"
            + "\"We will keep talking,\" the Vermont senator said.";

    @Test
    void thePlaceBeforeTheTitlePicksItsHolder() {
        assertEquals("Tom Berger", with(TEXT, "We will keep talking").speakerName());
    }

    @Test
    void theOtherPlacePicksTheOther() {
        assertEquals("Pedro Marcano", with(TEXT, "drive the ferries away").speakerName());
    }
}
