package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n50a ({@link PronounSalience}): rule he-described-speaker (`One economist pointed to ... "...," he said`
 * is that economist, `The chief justice ordered ... He said` the one the text titled `Chief Justice X`) and rule
 * he-introduced-subject (`Former X chief, Y congratulated ...` and `His boss, coach Y was blunt, "...," he said` are
 * Y), over the person the story is about; near misses keep the last speaker.
 */
class PronounSalienceRulesTest {

    @Test
    void anIndefiniteDescriptionWhoSpokeLastIsNoNamedPerson() {
        String text = "Tax plan splits economists\n\n"
                + "The finance minister, Petra Vollstedt, defended the duty. \"Every cent goes to buses,\" she said.\n\n"
                + "Critics were not convinced. One economist pointed to the rise in diesel prices. "
                + "\"This will hit the poorest drivers first,\" he said.";
        assertEquals("economist", with(text, "hit the poorest").speakerName());
    }

    @Test
    void theTitleWhoSpokeLastIsItsNamedHolder() {
        String text = "Court upholds arrest of former premier\n\n"
                + "The High Court upheld the arrest of former prime minister Dorvan Halloway on Tuesday.\n\n"
                + "Halloway told supporters the case was \"pure revenge\" by his rivals.\n\n"
                + "Chief Justice Tarik Oyelaran took up the matter when Halloway was inside the court.\n\n"
                + "The chief justice ordered the police commissioner to report to the bench by ten o'clock. He told the "
                + "hearing that his patience was \"wearing thin\".";
        assertEquals("Tarik Oyelaran", with(text, "wearing thin").speakerName());
    }

    @Test
    void aDefiniteDescriptionWithNoTitledHolderKeepsTheStorysPerson() {
        String text = "Champion leaves the country\n\n"
                + "Marek Dolan told reporters he was \"deeply hurt\" by the court's ruling on his visa.\n\n"
                + "The world number one tennis player further said that he would not play the open.\n\n"
                + "\"I respect the ruling and I will leave,\" he added.";
        assertEquals("Marek Dolan", with(text, "I respect the ruling").speakerName());
    }

    @Test
    void theOneAskedAnswersAQuestionerAndOneInsideADescriptionIsNoOne() {
        String text = "Candidate on the military\n\n"
                + "Ron Castell says the army has lost its way.\n\n"
                + "At a forum in Lidford, one questioner claimed that the army was \"too soft\" on recruits.\n\n"
                + "\"You are right, we have a soft army,\" he said.";
        assertEquals("Ron Castell", with(text, "we have a soft army").speakerName());
        assertNotEquals("tennis player", with("Champion leaves\n\nMarek Dolan said he was \"hurt\" by the ruling.\n\n"
                + "The world number one tennis player said that he would go.\n\n\"I will leave,\" he added.",
                "I will leave").speakerName());
    }

    @Test
    void aFormerChiefIntroducedWithATitleAndACommaIsTheNextHe() {
        String text = "Lander touches down\n\n"
                + "Agency chief P Mahendran said the launch was the hardest moment. \"We held our breath,\" he said.\n\n"
                + "He said the rover would leave the lander within a day.\n\n"
                + "Former Sarvan Space Agency (SSA) chief, R Velan congratulated the team on the landing.\n\n"
                + "\"Our whole team dreamed of this night,\" he told.";
        assertEquals("R Velan", with(text, "Our whole team dreamed").speakerName());
    }

    @Test
    void theCoachInTheQuotesOwnSentenceIsTheHe() {
        String text = "Harbour City fall short\n\n"
                + "Harbour's captain Joel Ambrose was upset. \"We gave everything,\" Ambrose said.\n\n"
                + "Ambrose accepted his medal but did not put it on.\n\n"
                + "His boss, Harbour coach Dane Morrow was blunt in his assessment, \"We did not play our game for "
                + "eighty minutes,\" he said.";
        assertEquals("Dane Morrow", with(text, "did not play our game").speakerName());
    }

    @Test
    void aHotelAfterAPrepositionIsNoSubject() {
        String text = "Storm hits the coast\n\n"
                + "Rafael Moreno, owner of the Blue Lagoon Hotel in Porto Vela, sent messages to friends.\n\n"
                + "\"The lights are out across the town,\" he said.";
        assertEquals("Rafael Moreno", with(text, "lights are out").speakerName());
    }
}
