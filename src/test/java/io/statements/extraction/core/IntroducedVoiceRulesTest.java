package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n67c. Rule pronoun-introduced-by-appositive ({@code AppositiveIntroductions}): a person named for the first
 * time with an indefinite appositive in the sentence before a `he`/`she` is its antecedent over a speaker of an earlier
 * paragraph. Rule passive-agent-after-adjunct ({@code ReportedPassives.agentBy}): `was announced in parliament by X`
 * is X's, and a `he` after it too, but not the agent of another participle (`a dinner hosted by X`). Rule
 * asker-not-answerer ({@code AnswerAntecedents}): `he answered` after a question is not the asker's. Rule
 * chief-rank-abbreviation ({@code TitleWords}): `Det Ch Supt X` is X. Rule joined-quote-continues
 * ({@code ContinuationSieve}): `"B," and "C."` after an attributed quote is the same voice. Invented
 * text.
 */
class IntroducedVoiceRulesTest {

    @Test
    void aVoiceIntroducedByAnAppositiveTakesHe() {
        String text = "Water plant nearly failed\n\n"
                + "Had the Varnholt water plant failed on Monday, homes would have waited a year for clean water, "
                + "state Sen. Marcus Leland said engineers told him.\n\n"
                + "The near miss alarmed Teodor Brask, a water safety researcher who advises the Kelby utility. "
                + "\"It is hard to believe this happened in a rich country,\" he said.";
        assertEquals("Teodor Brask", with(text, "It is hard to believe").speakerName());
    }

    @Test
    void aNewcomerNamedAsTheSubjectsObjectDoesNotTakeHe() {
        String text = "Minister rejects critics\n\n"
                + "\"We acted within the law,\" Health Minister Paul Renner said on Monday.\n\n"
                + "Renner later criticised Oskar Vint, a former adviser who left the ministry in May. \"He never "
                + "attended a single meeting,\" he said.";
        assertEquals("Paul Renner", with(text, "He never attended").speakerName());
    }

    @Test
    void aPersonNamedBeforeIsNoNewVoice() {
        String text = "Port strike goes on\n\n"
                + "Dock worker Hanne Solvik joined the picket on Monday.\n\n"
                + "\"We will stay out until the contracts are signed,\" union leader Arne Kolstad said.\n\n"
                + "The talks stalled again on Tuesday, which angered Hanne Solvik, a crane driver for twenty years. "
                + "\"Nobody listens to us,\" he said.";
        assertEquals("Arne Kolstad", with(text, "Nobody listens to us").speakerName());
    }

    @Test
    void anAnnouncementInParliamentIsTheAgentsAndSoIsHisHe() {
        String text = "Factory boss arrested over spill\n\n"
                + "Police on Tuesday arrested the head of the chemical firm behind a spill that killed four people.\n\n"
                + "The arrest of Elan Moravec, the firm's managing director, was announced in parliament by Prime "
                + "Minister Viktor Halas. He added that the firm should be \"put under state control\".";
        assertEquals("Viktor Halas", with(text, "The arrest of Elan Moravec").speakerName());
        assertEquals("Viktor Halas", with(text, "put under state control").speakerName());
    }

    @Test
    void aModifierAfterAnAdjunctIsNoPassiveStatement() {
        String text = "Budget vote delayed\n\n"
                + "Finance Minister Olga Reiss said the plan, drafted in March by her deputy Jon Aas, would cut "
                + "the deficit by half.";
        assertEquals("Olga Reiss", with(text, "would cut").speakerName());
    }

    @Test
    void theChiefInAPoliceRankIsATitle() {
        String text = "Dam wall weakened after storm\n\n"
                + "Det Ch Supt Moira Keltan, of Avonshire Police, said the town would stay empty overnight.\n\n"
                + "Pumps would keep working through the night, she said.\n\n"
                + "Once the level fell, Det Ch Supt Keltan said, engineers could inspect the wall.\n\n"
                + "\"At this point the wall remains at risk,\" she said.";
        assertEquals("Moira Keltan", with(text, "At this point the wall").speakerName());
    }

    @Test
    void anAgentOfAnotherParticipleInsideThePhraseIsNoSpeaker() {
        String text = "Mayor dodges question\n\n"
                + "When Rafe Holm, the mayor's chief of staff, was asked during a dinner hosted by the Harbour Club "
                + "whether the mayor would run again, he laughed.";
        assertNotEquals("Harbour Club", speakerOf(text, "whether the mayor would run again"));
    }

    @Test
    void theOneAskedAnswersNotTheAsker() {
        String text = "Councillor charged with bribery\n\n"
                + "Councillor Rowan Pike took cash from a builder in return for a permit, a complaint filed on "
                + "Thursday says.\n\n"
                + "He sat in a crowded courtroom on Friday with his hands folded. Minutes later, he stood before "
                + "Magistrate Kerrin Dorrow, who asked whether he accepted the accusation.\n\n"
                + "\"Yes, your honour,\" he answered quietly.";
        assertEquals("Rowan Pike", with(text, "Yes, your honour").speakerName());
    }

    @Test
    void theAskerWhoSpeaksOnKeepsHerPronoun() {
        String text = "Councillor charged with bribery\n\n"
                + "Magistrate Kerrin Dorrow asked the councillor whether he accepted the accusation.\n\n"
                + "\"This court will not wait for you,\" she said.";
        assertEquals("Kerrin Dorrow", with(text, "This court will not wait").speakerName());
    }

    private static String speakerOf(String text, String words) {
        for (ExtractedStatement st : new StatementExtractor().extract(text)) {
            if (st.text().contains(words)) {
                return st.speakerName();
            }
        }
        return null;
    }

    @Test
    void aQuoteJoinedByAndToTheLastQuoteGoesOn() {
        String text = "Council leader angry over rail cut\n\n"
                + "\"That is not how partners treat each other,\" Mayor Anton Weir told reporters. \"Their timing "
                + "is simply appalling,\" and \"if they had to do it, they could have found a kinder way.\"";
        assertEquals("Anton Weir", with(text, "they could have found a kinder way").speakerName());
    }

    @Test
    void aJoinedQuoteWithItsOwnCueIsItsOwn() {
        String text = "Council leader angry over rail cut\n\n"
                + "\"That is not how partners treat each other,\" Mayor Anton Weir told reporters, and \"we will "
                + "fight this in court,\" added his deputy Clara Moss.";
        assertEquals("Clara Moss", with(text, "we will fight this in court").speakerName());
    }
}
