package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n73c: where a speaker's name starts and ends ({@link NameEdges}, {@link BodyNameEdges}): words of the
 * clause, the office or the page glued to a person's name, and an organisation's name that holds function words or
 * `&`. Invented text.
 */
class NameSpanEdgeRulesTest {

    private static String name(String text, String words) {
        return with(text, words).speakerName();
    }

    @Test
    void aParticipleAfterTheNameIsNoPartOfIt() {
        String text = "Mayor bows out\n\nMayor Odile Varga said on Saturday she would not stand again.\n\n\"Twelve "
                + "years is long enough,\" said Varga speaking at the harbour launch.";
        assertEquals("Odile Varga", name(text, "Twelve years"));
    }

    @Test
    void aNounInIngAfterACapitalisedWordStays() {
        assertEquals("Exit polling", name("Race tightens\n\nExit polling suggested the race was \"too close to "
                + "call\" late on Tuesday.", "too close to call"));
    }

    @Test
    void aTitleTypedWithItsAccentMovedIsNoPartOfTheName() {
        assertEquals("Lorcan Beattie", name("Budget passes\n\nTanáiste Lorcan Beattie told a late-night briefing the "
                + "budget was \"the fairest in a decade\".", "the fairest"));
    }

    @Test
    void aDepartmentsCoordinatedFieldIsNoPartOfTheName() {
        String text = "Junior minister quits over grant row\n\nMinister of State at the Department of Culture, "
                + "Heritage & Gaeltacht Ronan Whelby stepped down on Thursday night.\n\nWhelby said a grant form he "
                + "signed had held \"a careless mistake\".\n\nHe said: \"I am sorry for the trouble this has brought "
                + "on my colleagues.\"";
        assertEquals("Ronan Whelby", name(text, "I am sorry"));
    }

    @Test
    void twoPeopleJoinedByAndStayTwo() {
        assertEquals("Alma Reyes and Tom Duffy", name("Plan attacked\n\nThe plan was \"dead on arrival\", Alma Reyes "
                + "and Tom Duffy said.", "dead on arrival"));
    }

    @Test
    void anOrganisationsNameHoldsOfThoseAndBy() {
        assertEquals("Coalition of those Harmed by Clergy", name("Appeal fails\n\nThe Coalition of those Harmed by "
                + "Clergy said in a statement its members felt \"vindicated at last\".", "vindicated"));
    }

    @Test
    void anOfficeOfABodyIsNoBodysName() {
        String text = "Vote\n\nAddressing the media, the Member of Parliament for Eastbay Constituency said that he "
                + "accepted the result.";
        assertEquals(SpeakerKind.PERSON, with(text, "accepted the result").speakerKind());
    }

    @Test
    void anAmpersandInAFirmsNameJoinsNoTwoPeople() {
        String text = "Stoppage spreads\n\nHundreds of staff at John Harlow plants stopped work on Monday.\n\n"
                + "Replying for the firm, Harlow & Company Human Resources Director Dana Kessel said, \"Our offer is "
                + "the best in the sector.\"";
        assertEquals("Dana Kessel", name(text, "Our offer is"));
    }

    @Test
    void aRunEndingInAPluralForPeopleIsABody() {
        assertEquals("Tallis Machinists", name("Strike vote\n\nMembers of the Tallis Machinists voted to strike on "
                + "Monday. In a statement, it said the offer was \"an insult to every member\".", "an insult"));
    }

    @Test
    void officeHoldersNamedAfterAFirmAreNoPerson() {
        String text = "Airline wins injunction\n\nSkylark Captains, the association says, are among the best paid in "
                + "the industry.\n\nSkylark said it would \"keep flying for our passengers\".";
        assertEquals("Skylark", name(text, "keep flying"));
    }

    @Test
    void aGivenNameBeforeAPluralLookingSurnameStaysAPerson() {
        String text = "Budget row\n\nCouncillor Tessa Banks said the budget was \"beyond repair\".\n\n\"The banks will "
                + "not lend to us,\" Banks said.";
        assertEquals("Tessa Banks", name(text, "The banks will not lend"));
    }

    @Test
    void aLivePagesRubricIsNoSpeaker() {
        String text = "Live: Skylark accuse pilots of chasing 'pure fantasy' pay deal\n\nSkylark Air wrote to the "
                + "pilots' association on Friday.";
        assertEquals("Skylark Air", name(text, "pure fantasy"));
    }
}
