package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n65c, rule learned-body-kind ({@link LearnedBodyKinds}): `the company`, `the force`, `the party`, `the
 * football body` are the body the article itself called of that kind (an apposition after its name, a legal form or
 * police or party word in its name, `<Place>'s defence ministry`), with a modifier only when the body was given it;
 * a one-word `Party` (a title-case headline's word) names no body. Invented text.
 */
class LearnedBodyKindRulesTest {

    @Test
    void theCompanyIsTheNameGivenThatKindInApposition() {
        String text = "Smelter to shut\n\n"
                + "Dorrane, the state aluminium company, will shut its smelter in Quell next spring.\n\n"
                + "Union organiser Hal Prentis said 600 jobs were at risk.\n\n"
                + "\"Power prices have made the smelter a loss-maker,\" the company said.";
        assertEquals("Dorrane", with(text, "Power prices have made").speakerName());
    }

    @Test
    void aModifierTheBodyWasGivenPicksIt() {
        String text = "Smelter to shut\n\n"
                + "Dorrane, the state aluminium company, will shut its smelter in Quell next spring.\n\n"
                + "Union organiser Hal Prentis said 600 jobs were at risk.\n\n"
                + "\"Power prices have made the smelter a loss-maker,\" the state-owned company said.";
        assertEquals("Dorrane", with(text, "Power prices have made").speakerName());
    }

    /** Also over `Shopper Nia Gott`, a run the group-that-spoke rule reads as a group for want of a first name. */
    @Test
    void aCompanyThatMakesThingsIsTheCompany() {
        String text = "Kettles recalled\n\n"
                + "Pellin, a company that makes kitchen kettles, recalled 12,000 of them on Friday.\n\n"
                + "Shopper Nia Gott said hers had cracked in a week.\n\n"
                + "\"No one has been hurt,\" the company said.";
        assertEquals("Pellin", with(text, "No one has been hurt").speakerName());
    }

    @Test
    void aLegalFormInTheNameMakesACompany() {
        String text = "Mill closed\n\n"
                + "Arvo Timber Ltd closed its mill in Senna on Monday after a fire.\n\n"
                + "Fire officer Cal Binns said no one had been hurt.\n\n"
                + "\"The mill will reopen once the roof is safe,\" the company said.";
        assertEquals("Arvo Timber Ltd", with(text, "The mill will reopen").speakerName());
    }

    @Test
    void theForceIsThePoliceTheArticleNamed() {
        String text = "Officer charged\n\n"
                + "A constable of the Westmere Police was charged on Friday with theft.\n\n"
                + "Defence lawyer Ines Caro said her client denied it.\n\n"
                + "\"We hold our officers to the highest standard,\" the force said.";
        assertEquals("Westmere Police", with(text, "We hold our officers").speakerName());
    }

    @Test
    void thePartyIsACongressOfThreeWords() {
        String text = "Walkout in parliament\n\n"
                + "Members of the Popular Liberty Congress left the chamber on Thursday.\n\n"
                + "Clerk Ody Vance said the session would resume.\n\n"
                + "\"We will not return until the vote is fair,\" the party said.";
        assertEquals("Popular Liberty Congress", with(text, "We will not return").speakerName());
    }

    @Test
    void aPlacesLowerCaseMinistryIsTheMinistryLater() {
        String text = "Border clash\n\n"
                + "Kenya's interior ministry said on Monday that six guards had been hurt.\n\n"
                + "Villagers near the border said they heard gunfire at night.\n\n"
                + "\"The guards are in a stable condition,\" the ministry said.";
        assertEquals("Kenya's interior ministry", with(text, "The guards are in a stable").speakerName());
    }

    @Test
    void aOneWordPartyInAHeadlineIsNoBody() {
        String text = "Party Rejects Border Pact\n\n"
                + "The LFU, the main opposition party, rejected the pact on Sunday.\n\n"
                + "Analyst Bo Renner said the pact was dead.\n\n"
                + "\"No pact can pass without a vote,\" the party said.";
        assertEquals("LFU", with(text, "No pact can pass").speakerName());
    }

    @Test
    void aModifierTheBodyWasNeverGivenLeavesTheDescription() {
        String text = "Grounds closed\n\n"
                + "Tolva, the rugby body in the north, closed two grounds on Sunday.\n\n"
                + "Club owner Ray Dunn said he would appeal.\n\n"
                + "\"The pitches were not safe,\" the football body said.";
        assertNotEquals("Tolva", with(text, "The pitches were not safe").speakerName());
    }

    @Test
    void theModifierTheBodyWasGivenMatches() {
        String text = "Grounds closed\n\n"
                + "Tolva, the rugby body in the north, closed two grounds on Sunday.\n\n"
                + "Club owner Ray Dunn said he would appeal.\n\n"
                + "\"The pitches were not safe,\" the rugby body said.";
        assertEquals("Tolva", with(text, "The pitches were not safe").speakerName());
    }

    @Test
    void aMemberOfThePartyMakesNobodyAParty() {
        String text = "Councillor quits\n\n"
                + "Darrow, a member of the party, left the council on Monday.\n\n"
                + "\"We will field a candidate in May,\" the party said.";
        assertNotEquals("Darrow", with(text, "We will field a candidate").speakerName());
    }

    @Test
    void aPersonsPossessiveIsNoBody() {
        String text = "Shop closes\n\n"
                + "Maria Holt said on Monday that Holt's company would close its shop.\n\n"
                + "Neighbours said they would miss it.\n\n"
                + "\"Rents are too high,\" the company said.";
        assertNotEquals("Holt's company", with(text, "Rents are too high").speakerName());
    }
}
