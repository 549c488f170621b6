package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n50b, rule court-parts ({@link CourtParts}): `The seven-judge panel`, `The judges`, `the highest court in
 * X` stand for the one court the text names, before or after the mention. Not an indefinite panel, not a named
 * body's panel (`the Senate panel`), not when two courts are named. Invented text.
 */
class CourtPartRulesTest {

    private static final String TEXT = "Top court annuls Marovia vote\n\n"
            + "By five votes to two, the highest court in the land said the count was \"flawed from the first day\".\n\n"
            + "The Supreme Court of Marovia on Friday annulled the election and ordered a new vote.\n\n"
            + "The seven-judge panel ruled that the board had failed to run the poll \"in line with the law\".\n\n"
            + "The judges said the board had \"ignored its own rules on counting\".\n\n"
            + "A panel of former ministers said the ruling was \"a dark day for the country\".\n\n"
            + "The Senate panel said it would \"study the ruling with care\".\n";

    private static final String TWO = "Two rulings in one week\n\n"
            + "The Appeals Court of Tarsel upheld the ban, and the Tarsel High Court lifted the fine.\n\n"
            + "The judges said the law was \"clear on both points\".\n";

    @Test
    void aPanelOfJudgesIsTheCourt() {
        assertEquals("Supreme Court of Marovia", with(TEXT, "in line with the law").speakerName());
    }

    @Test
    void theJudgesAreTheCourt() {
        assertEquals("Supreme Court of Marovia", with(TEXT, "ignored its own rules").speakerName());
    }

    @Test
    void aCourtDescribedBeforeItIsNamed() {
        assertEquals("Supreme Court of Marovia", with(TEXT, "flawed from the first day").speakerName());
    }

    @Test
    void anIndefinitePanelIsNoCourt() {
        assertNotEquals("Supreme Court of Marovia", with(TEXT, "a dark day for the country").speakerName());
    }

    @Test
    void aNamedBodysPanelIsNoCourt() {
        assertNotEquals("Supreme Court of Marovia", with(TEXT, "study the ruling with care").speakerName());
    }

    @Test
    void twoCourtsNamedNeither() {
        String got = with(TWO, "clear on both points").speakerName();
        assertNotEquals("Appeals Court of Tarsel", got);
        assertNotEquals("Tarsel High Court", got);
    }
}
