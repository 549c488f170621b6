package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names17: a cue word in -s right after a possessive is a noun (`Vessel's plans`, `the company's plans`), not a
 * verb whose subject is the possessor: `X called Vessel's plans to ... "an absolute disgrace"` is X's. Invented text.
 */
class PossessedCueNounRulesTest {

    private static final String TEXT = "Harbour board faces criticism\n\n"
            + "In April, Mayor Tom Okafor called Vessel's plans to open a new terminal in the north \"an absolute"
            + " disgrace,\" and vowed to levy a fee on goods landed there.\n\n"
            + "In May, Councilwoman Ida Berg called the shipping company's plans to close the pier \"a betrayal of the"
            + " town.\"";

    @Test
    void aPossessedPlanIsNoSpeaker() {
        assertEquals("Tom Okafor", with(TEXT, "absolute disgrace").speakerName());
    }

    @Test
    void aCompanysPlanIsNoSpeaker() {
        assertEquals("Ida Berg", with(TEXT, "betrayal").speakerName());
    }
}
