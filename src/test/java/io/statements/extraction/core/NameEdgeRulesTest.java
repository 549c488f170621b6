package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n66c: the edges of a person's name and runs that are no name at all. Lower-case particles of East African
 * and Dutch names ({@link Words#NAME_PARTICLES}), newsroom title abbreviations and offices ({@link TitleWords}), time
 * words glued after a name ({@link TrailingTimeWords}), a titled object as the antecedent of `who` ({@link
 * RelativeAntecedents}), title-case datelines ({@link PlaceDatelines}), a place aside after the subject ({@link
 * PlaceAsides}), `claimed the lives` ({@link ClaimedLives}), a capitalised modifier before a plural for people
 * ({@link PartyMembers}), a title-case headline read as a name ({@link HeadlineRuns}) and an office with its field
 * and no name ({@link OfficePhrases}). Invented text.
 */
class NameEdgeRulesTest {

    private static final String RIVER = "\"The river rose very fast during the night and took the bridge.\"";

    private static String leading(String subject) {
        return with("Rains hit the valley\n\n" + subject + " said: " + RIVER, "river rose").speakerName();
    }

    @Test
    void lowerCaseParticlesStayInsideTheName() {
        assertEquals("Tomas ole Sankau", leading("Local police chief Tomas ole Sankau"));
        assertEquals("Kipchoge arap Mutai", leading("Regional governor Kipchoge arap Mutai"));
        assertEquals("Kamau wa Njoroge", leading("Novelist Kamau wa Njoroge"));
        assertEquals("Erik ten Haven", leading("Club coach Erik ten Haven"));
    }

    @Test
    void particlesDoNotJoinLowerCaseWords() {
        assertEquals("Ruth Amsel", leading("The good ole days are gone, and Ruth Amsel")); // `ole` after a lower-case word
        assertEquals("Ruth Amsel", leading("Ruth Amsel"));
    }

    @Test
    void newsroomTitlesAreStrippedBeforeTheName() {
        assertEquals("Piet Marsh", with("Fares\n\n\"Today, I have to say, the riders won this fight,\" said Coun. Piet "
                + "Marsh, who opposed the plan.", "riders won").speakerName());
        assertEquals("Rob Farrow", with("Fares\n\n\"We will watch every route,\" said Atty. Gen. Rob Farrow.",
                "every route").speakerName());
        assertEquals("Mira Stone", leading("Ald. Mira Stone"));
        assertEquals("Rosa Vint", leading("Council Member Rosa Vint"));
        assertEquals("Tara Quill", leading("Board Member Tara Quill"));
        assertEquals("Ciarán Dunne", leading("Tánaiste Ciarán Dunne"));
        assertEquals("Ciarán Dunne", leading("Taoiseach Ciarán Dunne"));
    }

    @Test
    void theTaoiseachIsTheTaoiseachNamed() {
        String text = "Blast\n\nTaoiseach Ciarán Dunne visited the village on Sunday.\n\n\"The loss to this small community"
                + " is very great,\" the Taoiseach said.";
        assertEquals("Ciarán Dunne", with(text, "loss to this").speakerName());
    }

    @Test
    void memberAloneIsNoTitleBeforeABody() {
        assertEquals("Harbour Board", leading("The Harbour Board")); // no `member` there: the body stays
    }

    @Test
    void timeWordsAfterANameAreNoPartOfIt() {
        String text = "Province cancels harbour tram, mayor calls decision a ‘betrayal’\n\nThe province has cancelled the"
                + " tram.\n\nIn a statement, Ortiz says she met with Harbour Mayor Ellis Kroon Monday afternoon and told"
                + " him the project “will not be proceeding.”\n\nThe city has spent years on the plan.";
        assertEquals("Ellis Kroon", with(text, "betrayal").speakerName());
    }

    @Test
    void aMonthAloneMayCloseAName() {
        String text = "Vote\n\nThe prime minister, Theresa May, spoke on Monday.\n\n\"We will hold the vote,\" Theresa May"
                + " said.";
        assertEquals("Theresa May", with(text, "hold the vote").speakerName());
    }

    @Test
    void aTitledObjectIsTheAntecedentOfWho() {
        String text = "Cabinet falls\n\nPrime Minister Karlis Ozolins resigned on Wednesday.\n\nOzolins’s announcement "
                + "came after talks Wednesday with President Aivars Kalnbergs, who has described the collapse as “a crime.”";
        assertEquals("Aivars Kalnbergs", with(text, "a crime").speakerName());
    }

    @Test
    void anUntitledObjectIsNoAntecedentOfWhoByThisRule() {
        String text = "Cabinet falls\n\nPrime Minister Karlis Ozolins resigned on Wednesday.\n\nOzolins’s announcement "
                + "came after talks Wednesday at Riverside Hall, which has called the plan “a folly.”";
        assertNotEquals("Aivars Kalnbergs", with(text, "folly").speakerName());
    }

    @Test
    void aTitleCaseDatelineIsNoSpeaker() {
        String text = "Fire deaths\n\nNairobi - \"Politicians are busy with quarrels as the town burns down.\"\n\nThe "
                + "fire service came late.";
        assertNotEquals("Nairobi", with(text, "Politicians are busy").speakerName());
    }

    @Test
    void aNameBeforeADashMayStillSpeak() {
        String text = "Fire deaths\n\nThe fire service came late on Monday.\n\nIda Berg - \"Politicians are busy with "
                + "quarrels as the town burns down.\"";
        assertNotEquals("Nairobi", with(text, "Politicians are busy").speakerName());
    }

    @Test
    void aPlaceAsideIsNoSubject() {
        String text = "Verdict\n\nNAIROBI (Wire) - A former minister was sentenced on Tuesday.\n\nThe Second Federal "
                + "Tribunal, in Nairobi, ruled that the deal was \"incompatible with public office.\"";
        assertEquals("Second Federal Tribunal", with(text, "incompatible").speakerName());
    }

    @Test
    void aSubjectAfterThePlaceAsideStaysTheSubject() {
        String text = "Verdict\n\nA former minister was sentenced on Tuesday.\n\nThe next day, in Nairobi, Ida Berg "
                + "said that the deal was \"incompatible with public office.\"";
        assertEquals("Ida Berg", with(text, "incompatible").speakerName());
    }

    @Test
    void claimedTheLivesIsNoVerbOfSaying() {
        String text = "Blaze\n\nThe blaze tore through a building in the centre of Port Amber, which claimed 76 lives "
                + "last week.\n\nOfficials are still counting the cost.";
        assertEquals(0, Extracted.all(text).stream().filter(s -> s.text().contains("76 lives")).count());
    }

    @Test
    void claimedThatStillReports() {
        String text = "Blaze\n\nThe owner of the building, Ida Berg, claimed that the alarms had worked all week.";
        assertEquals("Ida Berg", with(text, "alarms had worked").speakerName());
    }

    @Test
    void aCapitalisedModifierBeforePeopleIsNoName() {
        String text = "Board fired\n\nThe province dismissed the Lakeside School Board on Monday.\n\nFired trustees are "
                + "calling the move \"petty\" and \"reckless.\"";
        assertEquals("Fired trustees", with(text, "petty").speakerName());
    }

    @Test
    void aTitleCaseHeadlineIsNoName() {
        String text = "Reyes Turns To The Courts Over His Ban By The Board, Stating \"Four Or Five People Cannot Remove Me\"\n\n"
                + "Former club captain Tomas Reyes has said a few words about the board.\n\n\"I will fight this in the"
                + " courts,\" Reyes said.";
        assertEquals("Tomas Reyes", with(text, "Cannot Remove Me").speakerName());
    }

    @Test
    void aNameBeforeToKeepsItsLastWord() {
        String text = "Ana Jones To Step Down, Saying \"It Is Time For Someone New\"\n\nThe harbour master Ana Jones will"
                + " leave in May.";
        assertEquals("Ana Jones", with(text, "Someone New").speakerName());
    }

    @Test
    void ourAndWillStayInNames() {
        assertEquals("Will Amsel", leading("Harbour Board Chairman Will Amsel"));
        assertEquals("Save Our Harbour", leading("The campaign group Save Our Harbour"));
    }

    @Test
    void anOfficeWithItsFieldIsNoName() {
        String text = "Vote\n\nOpposition leader Daniel Koh spoke at the quay on Monday.\n\nAddressing the media, the "
                + "Member of Parliament for Eastbay Constituency said that he accepted the result.";
        assertEquals(SpeakerKind.PERSON, with(text, "accepted the result").speakerKind()); // a title, not a body
    }

    @Test
    void anOfficeWithAHolderKeepsTheHolder() {
        String text = "Vote\n\nThe Minister for Home Affairs Ravi Menon said that he accepted the result.";
        assertEquals("Ravi Menon", with(text, "accepted the result").speakerName());
    }

    @Test
    void noNameNoSpeakerForAnUnnamedOffice() {
        String text = "Vote\n\nThe Minister for Home Affairs said that he accepted the result.";
        assertNotEquals("Home Affairs", with(text, "accepted the result").speakerName()); // no person `Home Affairs`
    }
}
