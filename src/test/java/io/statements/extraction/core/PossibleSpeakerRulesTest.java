package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session n73d: the deciding mention must be a possible speaker. Rules impossible-speaker
 * ({@link ImpossibleSpeakers}, with the fall-through in {@link QuoteAttributor}), kin-appositive
 * ({@link KinAppositives}), participle-host-subject ({@link HostVerbSubjects}), passive agents after a place phrase
 * and passives a reporter reports ({@link PassiveAgentSieve}), and a title before the name of an inverted quotative
 * frame ({@link QuotativeFrames}). Invented text.
 */
class PossibleSpeakerRulesTest {

    // rule impossible-speaker

    @Test
    void anAuxiliaryLeftByAPassiveIsNoSpeaker() {
        String text = "Mayor quits\n\nIn a short speech at the town hall, Mayor Lena Brandt said her decision was"
                + " \"final and personal\", in a step that has been described as a shock.";
        assertEquals("Lena Brandt", with(text, "final and personal").speakerName());
    }

    @Test
    void anAbstractSubjectFallsThroughToTheNextSieve() {
        String text = "Dairy recall\n\nThe dairy's chief, Piet Voss, met reporters on Monday.\n\nThe reactions of the"
                + " buyers, whom Voss would not name, had been \"calm and sensible so far\" on the whole.";
        assertNotEquals("reactions", with(text, "calm and sensible").speakerName());
    }

    @Test
    void aPersonSubjectStillSpeaksWithoutACue() {
        String text = "Dairy recall\n\nThe dairy's chief, Piet Voss, met reporters on Monday.\n\nThe buyers had been"
                + " \"calm and sensible about all of it\" on the whole.";
        assertEquals("buyers", with(text, "calm and sensible").speakerName());
    }

    @Test
    void aCueWithoutAnySubjectFallsThroughToTheCueBefore() {
        String text = "Sentence handed down\n\nJudge Ada Moss said:\"Your acts were so cruel that no sentence could"
                + " ever match them in full.\" said.";
        assertEquals("Ada Moss", with(text, "Your acts were so cruel").speakerName());
    }

    // rule kin-appositive

    @Test
    void aKinDescriptionIsTheNameItsAppositiveGives() {
        String text = "Verdict welcomed\n\nA young woman was killed in a hotel last year.\n\nMia's father, Paul"
                + " Harlow, thanked the jury and said his daughter \"deserved a long life\".";
        assertEquals("Paul Harlow", with(text, "deserved a long life").speakerName());
    }

    @Test
    void aKinDescriptionWithoutAppositiveStaysADescription() {
        String text = "Verdict welcomed\n\nA young woman was killed in a hotel last year.\n\nMia's father thanked"
                + " the jury and said his daughter \"deserved a long life\".";
        assertNotEquals("Paul Harlow", with(text, "deserved a long life").speakerName());
    }

    // rule participle-host-subject

    @Test
    void aParticipleSharesTheSubjectOfTheVerbItHangsOn() {
        String text = "Minister resigns\n\nThe minister, Ruth Anders, stood down on Friday.\n\nIn her farewell"
                + " statement she denied any fault, adding: \"I leave with my head high and my conscience clear.\"";
        assertEquals("Ruth Anders", with(text, "I leave with my head high").speakerName());
    }

    // passive agents

    @Test
    void thePassiveAgentAfterAPlacePhraseIsTheSpeaker() {
        String text = "Killer jailed\n\nMarr, 48, was earlier branded \"a coward\" in court by the victim's"
                + " brother.";
        assertNotEquals("Marr", with(text, "a coward").speakerName());
    }

    @Test
    void aPassiveReportedByANamedSpeakerIsNotTheAgentsQuote() {
        String text = "Verdict welcomed\n\nPaul Harlow said the ruling would be welcomed by his relatives and neighbours,"
                + " but it \"will not ease the pain we have had to bear all year\".";
        assertEquals("Paul Harlow", with(text, "will not ease the pain").speakerName());
    }

    @Test
    void aPassiveAgentRightAfterTheQuoteStillSpeaks() {
        String text = "Killer jailed\n\nMarr was branded \"a coward\" by his brother Tom Marr.";
        assertEquals("Tom Marr", with(text, "a coward").speakerName());
    }

    // quotative frame with a title

    @Test
    void aTitleBeforeTheNameOfAnInvertedFrame() {
        String text = "Vote counted\n\nThe count went on late into the night.\n\n\"I thank every voter who came out"
                + " today and made this count,\" highlighted the chief officer of the Poll Board, Nina Lotte Serra.";
        assertEquals("Nina Lotte Serra", with(text, "I thank every voter").speakerName());
    }

    @Test
    void anInvertedFrameWithATitleAndNoNameNamesNobody() {
        String text = "Vote counted\n\nThe count went on late into the night.\n\n\"I thank every voter who came out"
                + " today and made this count,\" highlighted the chief officer of the board.";
        assertNull(with(text, "I thank every voter").speakerName());
    }
}
