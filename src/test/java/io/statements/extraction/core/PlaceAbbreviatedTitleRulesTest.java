package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: an abbreviated title after a place or another title word (`Oregon Sen. Dale Brooks`, `Retired Lt.
 * Gen. Mick Doran`) is no part of the name, as a title in full already was (`Commerce Secretary Paul Brenner`); a later
 * `Brooks` is the same person. Invented text.
 */
class PlaceAbbreviatedTitleRulesTest {

    private static final String TEXT = "Pipeline vote\n\n"
            + "Oregon Sen. Dale Brooks said the pipeline \"will never be built.\" Brooks later told reporters that the vote"
            + " was \"a disgrace.\"\n\n"
            + "Retired Lt. Gen. Mick Doran said the plan was \"sound.\"";

    @Test
    void thePlaceAndTheTitleAreNoPartOfTheName() {
        assertEquals("Dale Brooks", with(TEXT, "will never be built").speakerName());
        assertEquals("Dale Brooks", with(TEXT, "a disgrace").speakerName());
        assertEquals("Mick Doran", with(TEXT, "sound").speakerName());
    }
}
