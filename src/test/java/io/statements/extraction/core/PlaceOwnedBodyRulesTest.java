package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n70b, rule place-owned-body ({@link PlaceOwnedBodies}): a state body the article writes after its country's
 * possessive (`Chile's Foreign Ministry`) keeps the country in the speaker's name, also where a later `the ministry`
 * or `it` stands for it; a possessor that is no place, or two countries' bodies of one name, leave it. Invented text.
 */
class PlaceOwnedBodyRulesTest {

    @Test
    void theBodyKeepsTheCountryWrittenInItsPossessive() {
        String text = "Envoy recalled\n\n"
                + "Chile's Foreign Ministry said on Monday it had recalled its envoy for talks.\n\n"
                + "\"The remarks of the trade delegate were not acceptable,\" the ministry said.";
        assertEquals("Chile's Foreign Ministry", with(text, "The remarks of the trade delegate").speakerName());
    }

    @Test
    void aTwoWordCountryStaysWhole() {
        String text = "Drill ended\n\n"
                + "South Korea's Defense Ministry ended the naval drill a day early.\n\n"
                + "\"The weather left the crews no choice,\" the Defense Ministry said in a short note.";
        assertEquals("South Korea's Defense Ministry", with(text, "The weather left the crews").speakerName());
    }

    @Test
    void twoCountriesBodiesOfOneNameAreLeftAsTheyAre() {
        String text = "Talks stall\n\n"
                + "Chile's Foreign Ministry and Peru's Foreign Ministry traded notes over the border river.\n\n"
                + "\"The river was never a matter for talks,\" the Foreign Ministry said.";
        assertEquals("Foreign Ministry", with(text, "The river was never a matter").speakerName());
    }

    @Test
    void aPossessorThatIsNoPlaceStaysOut() {
        String text = "Budget row\n\n"
                + "Tomas Brenner's Finance Department issued new rules for the shops.\n\n"
                + "\"The rules protect the small traders,\" the Finance Department said.";
        assertEquals("Finance Department", with(text, "The rules protect the small").speakerName());
    }

    // n71m: places are compared by their state (PlaceQualifiers), not as strings
    @Test
    void oneStateWrittenTwoWaysIsOnePlace() {
        String text = "Tariff review\n\n"
                + "The U.S.'s Trade Department said on Tuesday it would review the tariff on bicycles.\n\n"
                + "Officials at the United States' Trade Department met the importers a day later.\n\n"
                + "\"The review will take a month,\" the Trade Department said.";
        assertEquals("U.S.'s Trade Department", with(text, "The review will take a month").speakerName());
    }

    @Test
    void aShortFormOfTheSameStateIsNoSecondCountry() {
        String text = "Drill cancelled\n\n"
                + "Britain's Defence Ministry cancelled a drill on the moor.\n\n"
                + "The UK's Defence Ministry had planned it for a year.\n\n"
                + "\"The ground is too wet for the vehicles,\" the Defence Ministry said.";
        assertEquals("Britain's Defence Ministry", with(text, "The ground is too wet").speakerName());
    }
}
