package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n56a, rule mention-verb-tail: an auxiliary or an adverb and a time phrase between a subject and its verb
 * (`The court had in June declared`, `Nordhavn Ferries just this month announced`) are not part of the speaker's
 * mention. Near-misses: surnames that are also verbs or words (`Will`, `Hope`), a title before a three-word name, a
 * noun in `-ly` (`the royal family`), a body whose name ends before `for`. Invented text.
 */
class MentionTailsRulesTest {

    private static final String TRIBUNAL = "Tribunal upholds ban on night flights\n\n"
            + "The High Court of Ostmark on Thursday upheld the ban on night flights at Kelby airport.\n\n"
            + "The court had in June declared that the noise was \"a danger to the health of residents\" and ordered "
            + "a study of the flight paths.\n\n"
            + "The court for the third time turned down a delay, saying the airport had \"had years to prepare\".";

    private static final String FERRIES = "Ferry fares to rise in spring\n\n"
            + "Nordhavn Ferries just this month announced that fares would rise by \"no more than the cost of fuel\".\n\n"
            + "Some islanders now think the crossing is \"a luxury for tourists\".\n\n"
            + "Harbour Commissioner Rhona Ellis Ward had on Friday told the board the rise was \"fair\".\n\n"
            + "\"We will walk to the mainland if we must,\" Tomas Will said.";

    private static final String FAMILY = "Palace keeps silent on wedding date\n\n"
            + "\"We ask for privacy in private matters,\" said the Ostmark royal family.\n\n"
            + "Court spokeswoman Ida Hope later told reporters the date was \"not yet fixed\".";

    @Test
    void anAuxiliaryAndATimePhraseBeforeTheVerbAreNotTheMention() {
        ExtractedStatement st = with(TRIBUNAL, "a danger to the health of residents");
        assertEquals("High Court of Ostmark", st.speakerName());
        assertEquals("The court", st.speakerMention().text());
    }

    @Test
    void anAdverbBeforeATimePhraseIsNotTheName() {
        assertEquals("Nordhavn Ferries", with(FERRIES, "no more than the cost of fuel").speakerName());
        assertEquals("islanders", with(FERRIES, "a luxury for tourists").speakerName());
    }

    @Test
    void aTitledThreeWordNameBeforeHadStaysWhole() {
        assertEquals("Rhona Ellis Ward", with(FERRIES, "fair").speakerName());
    }

    @Test
    void surnamesThatAreWordsStay() {
        assertEquals("Tomas Will", with(FERRIES, "walk to the mainland").speakerName());
        assertEquals("Ida Hope", with(FAMILY, "not yet fixed").speakerName());
    }

    @Test
    void aNounInLyEndsTheMention() {
        assertEquals("Ostmark royal family", with(FAMILY, "private matters").speakerName());
    }

    @Test
    void aBodyWhoseNameEndsBeforeForStaysTheBody() {
        assertEquals("High Court of Ostmark", with(TRIBUNAL, "had years to prepare").speakerName());
    }
}
