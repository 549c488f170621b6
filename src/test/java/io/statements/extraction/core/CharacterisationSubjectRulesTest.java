package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction15: `what X called "..."`, `which X had called "..."` whose own subject is a noun phrase are X's
 * words, not the main clause's (the main clause's subject was the speaker: `The dockers`, `The ferry plan`); a pronoun
 * (`what it called`), an owner (`what her team calls`), a verb of judging before it (`to denounce what X called`) and a
 * reported clause around it keep the main clause's subject. Invented text.
 */
class CharacterisationSubjectRulesTest {

    @Test
    void aNamedSubjectOfWhatCalledIsTheSpeaker() {
        ExtractedStatement s = with("Port news.\n\nThe dockers sought a hearing in the hopes of ending what Ida Berg "
                + "called \"a slow strangling of the port.\"", "slow strangling");
        assertEquals("Ida Berg", s.speakerMention().text(), s.toString());
    }

    @Test
    void aNamedSubjectOfWhichHadCalledIsTheSpeaker() {
        ExtractedStatement s = with("Port news.\n\nAnd the ferry plan, which Mayor Anna Holt had called a \"disaster,\" "
                + "was dropped on Monday.", "disaster");
        assertEquals("Anna Holt", s.speakerName(), s.toString());
    }

    @Test
    void aCommonNounSubjectBeforeAuxiliariesIsTheSpeaker() {
        ExtractedStatement s = with("Port news.\n\nThe long dispute over whether the levy is what former crews have "
                + "called a \"harbour tax\" went to court.", "harbour tax");
        assertEquals("former crews", s.speakerMention().text(), s.toString());
    }

    @Test
    void aPronounOrAJudgingVerbKeepsTheMainSubject() {
        assertEquals("The board", with("Port news.\n\nThe board condemned what it called a \"reckless strike.\"",
                "reckless strike").speakerMention().text());
        assertEquals("Other mayors", with("Port news.\n\nOther mayors used blunt words to denounce what Tom Reyes "
                + "called the board's \"quiet sabotage.\"", "quiet sabotage").speakerMention().text());
    }
}
