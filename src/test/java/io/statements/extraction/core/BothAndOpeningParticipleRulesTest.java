package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session extraction10: `X and Y both denounced "..."` (a floating quantifier between the subject and its verb), a
 * participle opening the sentence after a statement (`X stated that ... Adding, "..."`), and the asker of `X was asked
 * by Y whether ...` past a cue nested in the question. Invented text.
 */
class BothAndOpeningParticipleRulesTest {

    @Test
    void bothAfterTheSubject() {
        ExtractedStatement s = with("Former Ambassador Tom Reyes and editor Ida Berg both denounced the \"Friends of"
                + " the Port\" movement.", "Friends of the Port");
        // both speak (session extraction12: was the second name alone, a wrong output issue 12 lists)
        assertEquals("Tom Reyes and Ida Berg", s.speakerName());
        assertEquals(SpeakerKind.GROUP, s.speakerKind());
    }

    @Test
    void aParticipleOpeningTheSentenceContinuesTheSpeakerBefore() {
        ExtractedStatement s = with("Ida Berg stated of the scandal that the report \"was not good.\" Adding, \"Now,"
                + " like with all port scandals, it is never that bad.\"", "never that bad");
        assertEquals("Ida Berg", s.speakerName());
        assertEquals("Adding", s.cue().text());
    }

    @Test
    void theAskerOfAPassiveQuestionPastACueInsideIt() {
        ExtractedStatement s = with("Debate night\n\nOkafor was asked by Harbour News moderator Ida Berg whether his"
                + " plan, which the Port Institute estimates would cost millions, would risk \"adding another expensive"
                + " program to the budget.\" The moderator later said the debate had been \"a fair fight.\"", "adding");
        assertEquals("Ida Berg", s.speakerName());
        assertEquals("passive-agent", s.sieve());
        assertEquals("moderator", s.speakerTitle());
        assertEquals("Harbour News", s.speakerAffiliation());
        assertEquals("Ida Berg", with("Debate night\n\nOkafor was asked by Harbour News moderator Ida Berg whether it"
                + " was over. The moderator later said the debate had been \"a fair fight.\"", "fair fight").speakerName());
    }
}
