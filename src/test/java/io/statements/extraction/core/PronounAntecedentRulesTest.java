package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n74a: a pronoun's antecedent is the one who speaks, and a person pronoun's antecedent is a person.
 * Rules he-reporting-source ({@link ReportingSourceSalience}), he-indefinite-subject ({@link IndefiniteSubjects}),
 * it-named-subject ({@link ItNamedSubjects}), pronoun-not-owning-body ({@link OwnedBodyNouns}), and the contest,
 * club and outlet evidence of {@link BodyEvidenceNames}. Invented text.
 */
class PronounAntecedentRulesTest {

    private static final String VERDICT = "Court rejects Venn appeal\n\n"
            + "The Federal Court on Tuesday upheld the fraud conviction of businessman Dario Venn.\n\n"
            + "Earlier, reading out the judgment, Chief Justice Marek Ardley said the bench agreed that Rolf "
            + "Kessing, who accused Venn of forging the accounts, was a \"credible witness\".\n\n"
            + "He added: \"The conviction stands and the appeal is dismissed.\"\n";

    private static final String UNIONS = "Mill owner to cut jobs\n\n"
            + "Workers at the Brackley mill fear the worst after talks ended without a deal.\n\n"
            + "The cuts would be \"a hammer blow to the valley\", says Rita Vellan, an official of the Mill Workers "
            + "Union.\n\n"
            + "She said: \"There is another way and the owners know it.\"\n\n"
            + "The owners have been accused of \"treating staff like spare parts\" by Forge union leader Ana Holtby. "
            + "She wants ministers to \"step in now\".\n";

    private static final String CHAMPION = "Varga pulls out of the Open\n\n"
            + "Lena Varga has withdrawn from the Coastal Open, citing exhaustion.\n\n"
            + "The three-time Silver Bowl champion, who turned 24 in May, had been the favourite.\n\n"
            + "\"I have been worn out for months now and I need to rest,\" she said in a post on Monday.\n";

    private static final String MINER = "Miner apologises over blast\n\n"
            + "Two senior managers will leave the company after the blast at the Kerrow caves.\n\n"
            + "Norvale Mining faced anger from investors and elders for months.\n\n"
            + "It later apologised, and at a hearing last week it conceded \"serious failures\" in its planning.\n";

    private static final String MOURNER = "Former minister jailed\n\n"
            + "Judge Harriet Olm sentenced former minister Mara Kellon to nine years for taking bribes.\n\n"
            + "Crowds gathered outside the courthouse as the sentence was read. Many waved flags.\n\n"
            + "One woman, clutching a photograph of her son, wept outside the gates.\n\n"
            + "\"At last there is justice for the families,\" she said.\n";

    private static final String ASKED = "Sandor on his health\n\n"
            + "Bernard Sandor, 74, says he is fit to serve.\n\n"
            + "Last month, Daily Ledger reporter Scott Connell asked Sandor whether questions about his health were "
            + "fair game.\n\n"
            + "\"Of course. I would never stand if I felt unfit,\" he said.\n";

    private static final String SPOKESMAN = "Port strike ends\n\n"
            + "Dock workers at Harwick returned to work on Monday after a week-long strike.\n\n"
            + "A spokesman for the port authority said talks had been \"constructive\".\n\n"
            + "\"We expect all berths to be working by Wednesday,\" he said.\n";

    private static final String OWNERS = "Carmaker to close plant\n\n"
            + "Dorrit is leaving the country, the premier said on Monday.\n\n"
            + "Gus Ferraby, head of Corvel, Dorrit's parent company, confirmed the closure. Dorrit's 2,400 "
            + "blue-collar workers will be offered other posts. Serie Nord outfit Harbour Rovers will lose a "
            + "sponsor. (Reported by Tam Sui Daily)\n\n"
            + "\"This reflects a strong currency,\" he said.\n";

    @Test
    void theOneWhoReportsIsTheNextHe() {
        assertEquals("Marek Ardley", with(VERDICT, "The conviction stands").speakerName());
    }

    @Test
    void theAgentWhoseWordsAreQuotedIsTheNextShe() {
        assertEquals("Ana Holtby", with(UNIONS, "step in now").speakerName());
    }

    @Test
    void aContestsChampionIsNoOne() {
        assertEquals("Lena Varga", with(CHAMPION, "I have been worn out").speakerName());
    }

    @Test
    void itContinuesTheBodyTheSentenceBeforeIsAbout() {
        assertEquals("Norvale Mining", with(MINER, "serious failures").speakerName());
    }

    @Test
    void aNewcomerDescribedBeforeIsTheNextShe() {
        assertEquals("woman", with(MOURNER, "At last there is justice").speakerName());
    }

    @Test
    void theOneAskedAnswersNotTheAsker() {
        assertEquals("Bernard Sandor", with(ASKED, "Of course").speakerName());
    }

    @Test
    void aDescribedSpeakerStaysTheSpeaker() {
        String got = with(SPOKESMAN, "We expect all berths").speakerName();
        assertFalse(got != null && Character.isUpperCase(got.charAt(0)), "no name for the spokesman: " + got);
    }

    @Test
    void firmsByWhatTheyOwnClubsByTheirKindAndPapersByTheirName() {
        Doc d = new Doc(OWNERS);
        Pipeline.run(d, Sieves.configure(Sieves.DEFAULT_ORDER));
        assertTrue(BodyEvidenceNames.body(d, "Dorrit"), "Dorrit's parent company");
        assertTrue(BodyEvidenceNames.body(d, "Harbour Rovers"), "outfit Harbour Rovers");
        assertTrue(BodyEvidenceNames.outletTitle(d, "Tam Sui Daily"), "Tam Sui Daily");
        assertFalse(BodyEvidenceNames.body(d, "Gus Ferraby"), "a person");
    }
}
