package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction5: a participle or an infinitive of saying takes the subject of the main clause, also after a
 * connective and after coordinated verbs. Invented text.
 */
class MainClauseParticipleRulesTest {

    private static final String TEXT = "Harbour news\n\n"
            + "Then Holt turned on the board, calling its members \"cowards\" and accusing them of \"hiding the "
            + "truth.\"\n\n"
            + "The Westhaven mayor tried to settle the hall, and shrugged off a shout, saying the gates would "
            + "\"not fail again.\"\n\n"
            + "Tom Moss went on to say the council was \"asleep at the wheel.\"\n\n"
            + "The port's letter goes on to say that the city \"owes the crews an apology.\"\n\n"
            + "Conceding that the gates had failed \"more than once,\" Ida Stone ordered new repairs.\n\n"
            + "Ray Moss might do better to say the gates were \"never tested.\"";

    @Test
    void aConnectiveOpeningTheSentenceIsNoIntroductoryPhrase() {
        ExtractedStatement s = with(TEXT, "cowards");
        assertEquals("Holt", s.speakerMention().text());
        assertEquals("calling", s.cue().text());
    }

    @Test
    void aParticipleAfterCoordinatedVerbsTakesTheMainSubject() {
        assertEquals("The Westhaven mayor", with(TEXT, "not fail again").speakerMention().text());
    }

    @Test
    void anInfinitiveAfterGoOnTakesTheSubjectOfItsVerb() {
        ExtractedStatement s = with(TEXT, "asleep at the wheel");
        assertEquals("say", s.cue().text());
        assertEquals("Tom Moss", s.speakerName());
        assertEquals("The port's letter", with(TEXT, "owes the crews an apology").speakerMention().text());
    }

    @Test
    void aParticipleOpeningTheSentenceTakesTheSubjectAfterItsPhrase() {
        ExtractedStatement s = with(TEXT, "more than once");
        assertEquals("Conceding", s.cue().text());
        assertEquals("Ida Stone", s.speakerName());
    }

    @Test
    void anInfinitiveOfSayingAfterAComparativeTakesTheSubject() {
        assertEquals("Ray Moss", with(TEXT, "never tested").speakerName());
    }
}
