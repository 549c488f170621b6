package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n63e, rule perfect-participle-after-preposition ({@link PerfectParticiples}, in {@link Subjects}): `despite
 * having told staff that he would "..."`, `After having said that ... "..."`: the perfect participle has no subject of
 * its own; the speaker is the subject of the clause it hangs on, never the preposition. Near-miss: a verb with its
 * own subject keeps it. Invented text.
 */
class PerfectParticipleRulesTest {

    @Test
    void thePrepositionBeforeHavingIsNoSpeaker() {
        String text = "Bank verdict\n\nThe former chief executive Ralf Duvenbeck denied any wrongdoing, despite having "
                + "told staff in 2009 that he would \"clear out the whole floor by Christmas\".";
        assertEquals("Ralf Duvenbeck", with(text, "clear out the whole floor").speakerName());
    }

    @Test
    void aLeadingPerfectParticipleTakesTheMainSubject() {
        String text = "Port plan\n\nAfter having said in May that the plan was \"finished,\" Lena Orsk changed course.";
        assertEquals("Lena Orsk", with(text, "finished").speakerName());
    }

    @Test
    void aVerbWithItsOwnSubjectKeepsIt() {
        String text = "Vote\n\nIda Marsh said the vote was \"a disgrace to the chamber.\"";
        assertEquals("Ida Marsh", with(text, "a disgrace").speakerName());
    }
}
