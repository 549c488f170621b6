package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n63c, rule ruling-of-the-judge ({@link JudgeRulings}): `the ruling said` is the one judge the text names
 * when it names no court; not with two judges, not for a jury's verdict, and a named court comes first. Invented text.
 */
class JudgeRulingRulesTest {

    @Test
    void theRulingIsTheOneJudgesWhenNoCourtIsNamed() {
        String text = "Quarry claim thrown out\n\n"
                + "Judge Marta Ellery dismissed the villagers' claim against the quarry on Friday.\n\n"
                + "\"The blasting caused no proven damage,\" the ruling said.";
        assertEquals("Marta Ellery", with(text, "The blasting caused no proven damage").speakerName());
    }

    @Test
    void twoJudgesLeaveTheRulingUnassigned() {
        String text = "Quarry claims heard\n\n"
                + "Judge Marta Ellery and Judge Piet Vos heard the two claims against the quarry on Friday.\n\n"
                + "\"The blasting caused no proven damage,\" the ruling said.";
        String name = with(text, "The blasting caused no proven damage").speakerName();
        assertNotEquals("Marta Ellery", name);
        assertNotEquals("Piet Vos", name);
    }

    @Test
    void aJurysVerdictIsNotTheJudges() {
        String text = "Quarry owner convicted\n\n"
                + "A jury convicted quarry owner Tom Hask on Friday after a trial before Judge Marta Ellery.\n\n"
                + "\"He is guilty on both counts,\" the verdict read.";
        assertNotEquals("Marta Ellery", with(text, "He is guilty on both counts").speakerName());
    }

    @Test
    void aNamedCourtComesFirst() {
        String text = "Quarry claim thrown out\n\n"
                + "The Ostrey County Court heard the claim. Judge Marta Ellery dismissed it on Friday.\n\n"
                + "\"The blasting caused no proven damage,\" the ruling said.";
        assertEquals("Ostrey County Court", with(text, "The blasting caused no proven damage").speakerName());
    }
}
