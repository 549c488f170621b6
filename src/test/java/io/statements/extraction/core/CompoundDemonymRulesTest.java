package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n61b, rule compound-demonym-description ({@link Demonyms#definite}): a nationality of two words (`the South
 * African`, `the New Zealander`, `the Sri Lankan`) refers back to the person the passage is about, as `the Kenyan`
 * does; not a noun after it (`the South African team`), not when nobody is named. Invented text.
 */
class CompoundDemonymRulesTest {

    @Test
    void theNewZealanderIsTheCoachTheParagraphBeforeIsAbout() {
        String text = "Harbour club part with coach\n\n"
                + "The Harbour Rugby Club will not renew the contract of head coach Callum Renwick, it said on Monday.\n\n"
                + "Renwick, who led the side for four seasons, said he was proud of the squad.\n\n"
                + "\"We built something here and I hope they keep it,\" the New Zealander told reporters.";
        assertEquals("Callum Renwick", with(text, "We built something here").speakerName());
    }

    @Test
    void theSriLankanAfterHerOwnQuoteIsHer() {
        String text = "Sprinter sets national mark\n\n"
                + "Dilani Perawatte broke the national 200m record in Orvella on Saturday.\n\n"
                + "\"I felt it from the bend,\" Perawatte said. \"Now I want the final,\" the Sri Lankan added.";
        assertEquals("Dilani Perawatte", with(text, "Now I want the final").speakerName());
    }

    @Test
    void aSouthAfricanTeamIsNoPerson() {
        String text = "Tour called off\n\n"
                + "Callum Renwick said the tour had been called off for lack of money.\n\n"
                + "\"We are disappointed for the players,\" the South African board said.";
        assertEquals("South African board", with(text, "We are disappointed").speakerName());
    }

    @Test
    void nobodyNamedLeavesTheNationality() {
        String text = "Climber rescued\n\n"
                + "A climber was lifted off the north face by helicopter on Sunday after two nights in the snow.\n\n"
                + "\"I thought nobody would come,\" the South African said from hospital.";
        assertEquals("South African", with(text, "I thought nobody would come").speakerName());
    }
}
