package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session n52d, rule court-documents ({@link CourtParts#documentCourt}): a court's own document as the subject (`said
 * the verdict`, `the ruling said`, `the judgment added`) is the one court the text named before it. Not when a
 * judge is named as the ruling's author, not when two courts are named, not a verdict with no court named. Invented
 * text.
 */
class CourtDocumentRulesTest {

    private static final String VERDICT = "Top court settles Darrow land case\n\n"
            + "The Supreme Court of Varnia on Saturday settled the Darrow land case in a verdict all judges signed.\n\n"
            + "\"Every field in this valley has a longer story than any deed,\" said the verdict.\n\n"
            + "Pulling down the old granary was an unlawful act that \"cannot be left standing,\" the ruling said.\n";

    private static final String JUDGMENT = "Tribunal rules driver was an employee\n\n"
            + "The Central Employment Tribunal ruled on Monday that a driver for Quickcart was an employee.\n\n"
            + "Quickcart said it would study the decision.\n\n"
            + "\"The driver had no real say over when he worked,\" the judgment said.\n";

    private static final String JUDGE = "Judge blocks dam permit\n\n"
            + "The Harwick District Court heard the case on Monday.\n\n"
            + "In a twelve-page ruling, Judge Mara Olsen wrote that the permit \"ignored the river's fish\".\n\n"
            + "\"The agency must start again from the beginning,\" the ruling said.\n";

    private static final String TWO = "Appeal fails\n\n"
            + "The Orlen High Court upheld a ruling of the Orlen District Court on Tuesday.\n\n"
            + "\"The first judge weighed every fact,\" the ruling said.\n";

    private static final String NONE = "Fans react\n\n"
            + "Fans gathered outside the arena after the referees' review on Sunday.\n\n"
            + "\"The goal stands and the match is over,\" the verdict said.\n";

    @Test
    void theVerdictIsTheCourtNamedBefore() {
        assertEquals("Supreme Court of Varnia", with(VERDICT, "Every field in this valley").speakerName());
        assertEquals("Supreme Court of Varnia", with(VERDICT, "cannot be left standing").speakerName());
    }

    @Test
    void aTribunalsJudgmentIsTheTribunal() {
        assertEquals("Central Employment Tribunal", with(JUDGMENT, "no real say").speakerName());
    }

    @Test
    void aRulingWhoseJudgeIsNamedIsTheJudges() {
        assertNotEquals("Harwick District Court", with(JUDGE, "must start again").speakerName());
    }

    @Test
    void twoCourtsNamedLeaveTheRulingUnattributed() {
        assertNull(with(TWO, "weighed every fact").speakerName());
    }

    @Test
    void noCourtNamedLeavesTheVerdictUnattributed() {
        assertNull(with(NONE, "The goal stands").speakerName());
    }
}
