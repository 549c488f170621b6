package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A cue-less quote right after a noun of saying with an owner (`her remark that "..."`, `in the board's words,
 * "..."`) is the owner's (session extraction14), not the sentence subject's. Invented sentences.
 */
class PossessedRemarkRulesTest {

    @Test
    void aPossessivePronounOfTheSubjectKeepsTheSubjectsName() {
        ExtractedStatement s = with("Port fees.\n\nMayor Anna Holt, a ferry supporter, stirred a row last year over her "
                + "remark that \"every captain is a thief at heart.\"", "every captain is a thief");
        assertEquals("her", s.speakerMention().text(), s.toString());
        assertEquals("Anna Holt", s.speakerName(), s.toString());
    }

    @Test
    void aPossessivePronounOfSomeoneElseIsNotTheSubject() {
        ExtractedStatement s = with("Port fees.\n\nMayor Anna Holt spoke on Monday.\n\nThe dockers' union is unlikely to "
                + "back the mayor after her comment that, \"We will close half the piers by May.\"", "close half the piers");
        assertEquals("her", s.speakerMention().text(), s.toString());
        assertEquals("Anna Holt", s.speakerName(), s.toString());
    }

    @Test
    void aNamedOwnerIsTheSpeaker() {
        ExtractedStatement s = with("Port fees.\n\nThe fees were cut because, in the Harbour Board's words, \"the crews "
                + "could not pay any more.\"", "the crews could not pay");
        assertEquals("Harbour Board", s.speakerName(), s.toString());
    }
}
