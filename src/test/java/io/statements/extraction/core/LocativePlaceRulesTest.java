package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n68d, rule it-not-locative-place ({@link LocativePlaces}): an `it` stands for a body that acts or speaks,
 * not for a country or city the text names only as where something is (`stranded in southern Turkey`) or as the
 * owner of a named body (`Japan's Norvik Metals`). A place that is itself the subject and speaks keeps its `it`.
 */
class LocativePlaceRulesTest {

    @Test
    void itAfterAPlaceWhereSomethingIsIsTheBodyNamedBefore() {
        String text = "Holmcrest Airways stopped all flights on Sunday night.\n\n"
                + "About 4,000 of its passengers were still on holiday in southern Turkey.\n\n"
                + "\"We are deeply sorry for the trouble this causes our customers,\" it said.";
        assertEquals("Holmcrest Airways", with(text, "deeply sorry").speakerName());
    }

    @Test
    void itAfterAListOfPlacesIsTheBodyNamedBefore() {
        String text = "Brannock Travel Group filed for insolvency on Sunday.\n\n"
                + "Thousands of its customers were left at hotels in Spain and Greece.\n\n"
                + "\"We regret the distress caused to our guests,\" it said.";
        assertEquals("Brannock Travel Group", with(text, "regret the distress").speakerName());
    }

    @Test
    void itAfterAPlaceOwningANamedFirmIsNoPlace() {
        String text = "The chief executive of Japan's Norvik Metals has resigned over forged test results.\n\n"
                + "Kenji Arakawa told reporters he was leaving at once while the firm published its findings.\n\n"
                + "\"The loss of such trust is our failure alone,\" it said.";
        assertNotEquals("Japan", with(text, "loss of such trust").speakerName());
    }

    @Test
    void aPlaceThatSpeaksKeepsItsIt() {
        String text = "Turkey summoned the envoy of Holmcrest's home country on Tuesday.\n\n"
                + "\"This decision is a grave mistake,\" it said in a note to the embassy.";
        assertEquals("Turkey", with(text, "grave mistake").speakerName());
    }

    @Test
    void aBodyAfterInIsStillABody() {
        String text = "Lawmakers in the Harbour Council voted against the plan on Monday.\n\n"
                + "\"This plan was never ready,\" it said.";
        assertNotEquals(null, with(text, "never ready").speakerName());
    }
}
